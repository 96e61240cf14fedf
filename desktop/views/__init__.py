"""The app's widgets: the main window, its panels, dialogs and the Qt table model over results.

Views show state and emit signals; they do no engine work and never import a
controller (:mod:`desktop.controllers` wires them).
"""
