# SPDX-License-Identifier: Apache-2.0
"""Sphinx configuration of planwerk's documentation (scripts/docs.sh).

The source directory is docs/: the hand-written pages are Markdown (MyST),
the Python reference is autodoc over the installed package, and the C and
C++ reference is Doxygen's, placed under c-cpp/ by scripts/docs.sh.
"""

import os

import planwerk

project = "planwerk"
author = "the planwerk authors"
copyright = "2026, the planwerk authors (Apache-2.0)"
release = planwerk.__version__
version = ".".join(release.split(".")[:2])

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
# docs/api/cpp.md is Doxygen's main page, not a Sphinx page.
exclude_patterns = ["api/cpp.md"]
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": True}
autodoc_typehints = "description"
autodoc_member_order = "bysource"

html_theme = "alabaster"
html_title = f"planwerk {release}"
language = "en"

# Builds are reproducible: no "last updated" stamp from the clock.
html_last_updated_fmt = None
os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
