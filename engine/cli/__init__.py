"""The command lines: ``pneumoscan-predict`` (:mod:`.predict`) and ``pneumoscan-calibrate`` (:mod:`.calibrate`).

The top floor: argument parsing, exit codes and console output over the same
functions the app calls.  Nothing imports from here.
"""
