"""Conversations of the third blind set (see README.md)."""

from blind_sets import T, U  # noqa: E402,F401

JA = []

EN = []
