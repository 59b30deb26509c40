package fr.ploucs.cooperation.funding.domain;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/** A call's funder, title, optional link and opening date, deadline and description. */
public record CallDetails(FunderId funderId, String title, String link, LocalDate opensOn, LocalDate deadline,
                          String description) {

    public CallDetails {
        Objects.requireNonNull(funderId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(deadline);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a call needs a title");
        }
        if (link != null && !isWebLink(link)) {
            throw new FundingRuleViolation("link", "funding.call.rule.link");
        }
        if (opensOn != null && deadline.isBefore(opensOn)) {
            throw new FundingRuleViolation("deadline", "funding.call.rule.deadline-before-opening");
        }
    }

    /** An address a browser opens: http or https, with a host. */
    public static boolean isWebLink(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
