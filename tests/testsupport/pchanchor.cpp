// The translation unit that carries the GUI tests' precompiled header.
