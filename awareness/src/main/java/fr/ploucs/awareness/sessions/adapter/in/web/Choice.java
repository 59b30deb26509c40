package fr.ploucs.awareness.sessions.adapter.in.web;

/** An option of a list: the value sent, the text shown. */
public record Choice(String value, String text) {
}
