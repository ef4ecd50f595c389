"""An objects package, so that the whole package is searched."""
