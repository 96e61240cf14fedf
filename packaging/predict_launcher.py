"""Frozen entry point of the console commands: pneumoscan-predict, and pneumoscan-node as ``pneumoscan-predict node``.

One console executable carries both (a second PyInstaller executable would add its own 10 MB archive of the same
Python modules); ``pneumoscan-node`` beside it is a two-line script that calls ``pneumoscan-predict node``
(packaging/build.py writes it).
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["node"]:
        from engine.cli.node import main as node_main

        sys.exit(node_main(sys.argv[2:]))
    from engine.cli.predict import main

    sys.exit(main())
