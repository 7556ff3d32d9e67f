package org.citymentor.shared.web;

/** A signed-in person chose a language in the header; the account module remembers it. */
public record LanguageChosen(long userId, String language) {
}
