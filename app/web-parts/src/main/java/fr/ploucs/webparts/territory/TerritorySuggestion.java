package fr.ploucs.webparts.territory;

/** One option of a territory picker: the value chosen (« Morcenx-la-Nouvelle (40110) ») and what helps to choose it. */
public record TerritorySuggestion(String value, String detail) {
}
