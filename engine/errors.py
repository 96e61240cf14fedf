"""Typed errors raised by the engine.

Every error carries a short machine-readable ``code`` (written to CSV files and
the audit log) and a message written for a clinician: what is wrong and what
to do about it.  Nothing in the engine should let a bare traceback reach a user.
"""

from __future__ import annotations


class PneumoscanError(Exception):
    """Base class of every error the engine raises on purpose."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


# --------------------------------------------------------------------------- input
class ImageReadError(PneumoscanError):
    """A file could not be turned into a greyscale radiograph."""

    code = "unreadable"


class EmptyFileError(ImageReadError):
    code = "empty_file"


class TruncatedFileError(ImageReadError):
    code = "truncated"


class CorruptImageError(ImageReadError):
    code = "corrupt"


class UnsupportedFormatError(ImageReadError):
    code = "unsupported_format"


class NoPixelDataError(ImageReadError):
    """A DICOM object that holds no image (structured report, presentation state...)."""

    code = "no_pixel_data"


class MultiFrameError(ImageReadError):
    code = "multi_frame"


class ColourImageError(ImageReadError):
    code = "colour_dicom"


class MissingDecoderError(ImageReadError):
    code = "missing_decoder"


class ImageTooSmallError(ImageReadError):
    code = "too_small"


class ImageTooLargeError(ImageReadError):
    code = "too_large"


class NotRegularFileError(ImageReadError):
    """A FIFO, socket or device (also behind a link): reading it could block forever or never end."""

    code = "not_a_regular_file"


class PermissionDeniedError(ImageReadError):
    code = "permission_denied"


class FileChangedError(ImageReadError):
    """The file's bytes are not those its result was made from: nothing derived from the result may show them."""

    code = "file_changed"


# --------------------------------------------------------------------------- model
class BundleError(PneumoscanError):
    """A model bundle is missing, incomplete, tampered with or of the wrong schema."""

    code = "bundle_invalid"


class ModelNotInstalledError(BundleError):
    code = "no_model"


class UntrustedBundleError(BundleError):
    """A bundle whose identity is neither the shipped one nor explicitly trusted."""

    code = "bundle_untrusted"


class InferenceError(PneumoscanError):
    code = "inference_failed"


# --------------------------------------------------------------------------- output
class ExportError(PneumoscanError):
    code = "export_failed"


def describe(exc: BaseException) -> tuple[str, str]:
    """Return ``(code, message)`` for any exception, for a result row.

    Typed errors keep their own code and message; anything else is reported as
    an internal error, with its type so a maintainer can find it in the log.
    """
    if isinstance(exc, PneumoscanError):
        return exc.code, exc.message
    if isinstance(exc, MemoryError):
        return "out_of_memory", "The computer ran out of memory on this file. Close other programs and try again."
    return "internal_error", f"Unexpected internal error ({type(exc).__name__}: {exc}). See the log for details."
