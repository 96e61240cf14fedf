"""A run over files and folders: which files, which studies, and the run itself.

Owns: finding candidate files and sniffing DICOM (:mod:`.discover`), grouping
images into studies (:mod:`.study`), and :class:`Analysis`, the one batch
loop the command line and the app both run: cache, classifier, audit and
streaming CSV together (:mod:`.analysis`).
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "heatmap_file_name": "analysis",
    "Analysis": "analysis",
    "SkippedFile": "discover",
    "Discovery": "discover",
    "is_junk": "discover",
    "is_image_candidate": "discover",
    "Study": "study",
    "study_of": "study",
    "study_tags": "study",
    "count_studies": "study",
})
