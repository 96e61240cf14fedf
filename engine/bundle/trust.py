"""Which model bundles may decide labels.

A bundle's identity is :func:`engine.bundle.model_bundle.bundle_digest`: one sha256 over its
canonical ``bundle.json``, which lists every file's sha256, so it covers the
weights and every decision parameter.  The bundles shipped with this version
of Pneumoscan are pinned here; any other bundle (an edited shipped one
included) is refused unless the user trusts its digest explicitly
(``--trust-bundle DIGEST`` on the command line, a confirmation in the app),
and that choice is written to the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable

from engine import errors
from engine.bundle.model_bundle import ModelBundle

#: Identity of the default bundle this version ships (assets/models/pneumoscan-densenet161).
#: Updated together with the bundle; tests/engine/test_bundle_trust.py::test_shipped_bundle_is_pinned fails if they disagree.
SHIPPED_BUNDLE_DIGESTS: frozenset[str] = frozenset({
    "5e89fa04acd11dc91061e097cf0672608a999a72f19c18adbd17602db46c62e8",
})


def is_shipped(bundle: ModelBundle) -> bool:
    return bundle.digest in SHIPPED_BUNDLE_DIGESTS


def require_trusted(bundle: ModelBundle, trusted: Iterable[str] = ()) -> str:
    """``"shipped"`` or ``"trusted by the user"``; raises :class:`~engine.errors.UntrustedBundleError` otherwise."""
    if is_shipped(bundle):
        return "shipped"
    if bundle.digest in {t.strip().lower() for t in trusted}:
        return "trusted by the user"
    raise errors.UntrustedBundleError(
        f"The model bundle {bundle.path} ({bundle.name} {bundle.version}, identity {bundle.digest}) is not the one "
        "shipped with this Pneumoscan, and nobody has trusted it: its threshold, band and input checks are "
        "unverified (an edited bundle.json changes labels). If you know where it comes from and have read its "
        f"model card, trust it explicitly: --trust-bundle {bundle.digest}")
