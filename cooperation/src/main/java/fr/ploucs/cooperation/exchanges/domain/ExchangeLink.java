package fr.ploucs.cooperation.exchanges.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A resource attached to a practice exchange: a title and a web address (http or https only). */
public record ExchangeLink(String title, String url) {

    public static final int MAX_URL_LENGTH = 2000;

    public ExchangeLink {
        if (title == null || title.isBlank()) {
            throw new ExchangeRuleViolation("exchange.link.title.required");
        }
        title = title.strip();
        if (!isWebAddress(url)) {
            throw new ExchangeRuleViolation("exchange.link.url.invalid");
        }
        url = url.strip();
    }

    /** An absolute http or https address with a host, as a browser can open it; nothing else (no javascript:, no file:). */
    public static boolean isWebAddress(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.strip().length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(candidate.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
