"""The Korean extractor, in parts by concern, assembled in `extractor.KoreanExtractor`."""

from .extractor import KoreanExtractor

__all__ = ["KoreanExtractor"]
