package fr.ploucs.cooperation.funding.adapter.in.web;

/** Text as typed in the funding forms: surrounding spaces dropped, and an empty text means "not given". */
final class FundingWebText {

    private FundingWebText() {
    }

    static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
