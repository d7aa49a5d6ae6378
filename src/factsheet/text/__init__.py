"""Reading article text: numbers, counted nouns, normalisation and quantity extraction."""
