"""The app's controllers: each owns one part of the work and calls the engine off the GUI thread.

Owns: background work adapted to Qt signals (:mod:`.workers`), opening studies
and folders (:mod:`.studies`), running a batch (:mod:`.batch`), loading and
trusting the model bundle (:mod:`.bundle_session`), what the viewer shows for
the current image (:mod:`.viewing`), the clinician's readings and report
(:mod:`.clinician`), named readers (:mod:`.readers`) and saving CSV, heatmaps
and reports (:mod:`.exports`).  Controllers use the views; views never import
controllers.
"""
