"""The command lines: ``pneumoscan-predict`` (:mod:`.predict`), ``pneumoscan-calibrate`` (:mod:`.calibrate`) and
``pneumoscan-node`` (:mod:`.node`).

The top floor: argument parsing, exit codes and console output over the same
functions the app calls.  Nothing imports from here.
"""
