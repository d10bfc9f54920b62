"""Stage 6: the site for any generator: the page tree, HTML finishing, search marks, preview, bundles, Zensical."""
