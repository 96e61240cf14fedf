"""What a run leaves behind, and how a result is said: CSV, PDF report, audit log, readings.

Owns: the results CSV (:mod:`.results_csv`; schema in ``docs/csv-schema.md``),
the PDF report (:mod:`.report`), the Secondary Capture and TID 1500 SR sent to a
PACS (:mod:`.dicom_results`), the sentences of a result (:mod:`.wording`),
the audit log (:mod:`.audit`), the clinician's readings store (:mod:`.readings`)
and named readers with PINs (:mod:`.readers`).
"""

from engine._lazy import attach

__getattr__, __dir__, __all__ = attach(__name__, {
    "LiveCsv": "results_csv",
    "default_audit_path": "audit",
    "secondary_capture": "dicom_results",
    "result_sr": "dicom_results",
    "NotSendable": "dicom_results",
    "os_user": "audit",
    "AuditError": "audit",
    "AuditLog": "audit",
    "read_entries": "audit",
    "ReaderError": "readers",
    "Reader": "readers",
    "clean_name": "readers",
    "hash_pin": "readers",
    "check_pin": "readers",
    "ReviewStoreError": "readings",
    "clean_text": "readings",
    "utc_now": "readings",
    "local_time": "readings",
    "Review": "readings",
    "ReviewStore": "readings",
    "UnavailableStore": "readings",
    "ReportCancelled": "report",
    "printable": "report",
    "fonts": "report",
    "write_report": "report",
    "neutralise": "results_csv",
    "csv_path": "results_csv",
    "decode_csv_path": "results_csv",
    "row_for": "results_csv",
    "write_csv": "results_csv",
    "OutputLock": "results_csv",
    "ResumeError": "results_csv",
    "cell_path": "results_csv",
    "StreamingCsv": "results_csv",
    "read_csv_rows": "results_csv",
    "format_score": "wording",
    "threshold_text": "wording",
    "statement": "wording",
    "prevalence_text": "wording",
    "predictive_statement": "wording",
})
