"""The one exception hierarchy of notice-parser: nothing else escapes ``parse``."""
from __future__ import annotations


class NoticeParseError(Exception):
    """A document could not be read or parsed. ``source`` names the input."""

    reason = "parse error"

    def __init__(self, message: str, source: str | None = None):
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class InputNotFoundError(NoticeParseError):
    reason = "not found"


class EmptyDocumentError(NoticeParseError):
    reason = "empty"


class UnsupportedFormatError(NoticeParseError):
    reason = "unsupported format"


class EncodingError(NoticeParseError):
    reason = "undecodable text"


class NoTextLayerError(NoticeParseError):
    reason = "no text layer"


class CorruptPdfError(NoticeParseError):
    reason = "corrupt or encrypted PDF"


class InputTooLargeError(NoticeParseError):
    reason = "too large"


class EncryptedPdfError(CorruptPdfError):
    reason = "encrypted PDF"


class OcrError(NoticeParseError):
    reason = "OCR failed"


class OcrUnavailableError(NoTextLayerError):
    reason = "OCR not available"
