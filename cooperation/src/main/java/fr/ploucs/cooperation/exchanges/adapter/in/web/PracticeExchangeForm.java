package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.webparts.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The practice exchange form as typed, kept whole when it is refused. */
public class PracticeExchangeForm {

    /** Empty link lines offered under the ones already filled in. */
    static final int EMPTY_LINK_LINES = 2;

    @NotNull(message = "{exchange.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(pastYears = 10, futureYears = 0, tooLate = "{exchange.date.future}")
    private LocalDate date;

    @NotBlank(message = "{exchange.topic.required}")
    @Size(max = 200, message = "{exchange.topic.size}")
    private String topic;

    @NotBlank(message = "{exchange.facilitatorName.required}")
    @Size(max = 200, message = "{exchange.facilitatorName.size}")
    private String facilitatorName;

    @NotNull(message = "{exchange.facilitatorMember.required}")
    private UUID facilitatorMemberId;

    /** As typed: "2,5" as written in French, or "2.5". */
    @NotBlank(message = "{exchange.hours.required}")
    @Pattern(regexp = "\\s*\\d{1,2}([.,]\\d{1,2})?\\s*", message = "{exchange.hours.precision}")
    private String hours;

    @NotEmpty(message = "{exchange.attendees.required}")
    private List<UUID> attendeeIds = new ArrayList<>();

    @Size(max = 20000, message = "{exchange.notes.size}")
    private String notes;

    @Valid
    private List<LinkLine> links = new ArrayList<>();

    private Long version;

    /** One resource line: both blank is an unused line. */
    public static class LinkLine {

        @Size(max = 200, message = "{exchange.link.title.size}")
        private String title;

        @Size(max = 2000, message = "{exchange.link.url.invalid}")
        private String url;

        public LinkLine() {
        }

        LinkLine(String title, String url) {
            this.title = title;
            this.url = url;
        }

        boolean isBlank() {
            return (title == null || title.isBlank()) && (url == null || url.isBlank());
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
    }

    /** The hours typed, once they have passed validation. */
    BigDecimal hoursValue() {
        return new BigDecimal(hours.strip().replace(',', '.'));
    }

    /** Always a few empty lines to add a resource, after those typed. */
    void padLinks() {
        links.removeIf(line -> line == null);
        long empty = links.stream().filter(LinkLine::isBlank).count();
        for (long i = empty; i < EMPTY_LINK_LINES; i++) {
            links.add(new LinkLine());
        }
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getFacilitatorName() { return facilitatorName; }
    public void setFacilitatorName(String facilitatorName) { this.facilitatorName = facilitatorName; }
    public UUID getFacilitatorMemberId() { return facilitatorMemberId; }
    public void setFacilitatorMemberId(UUID facilitatorMemberId) { this.facilitatorMemberId = facilitatorMemberId; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
    public List<UUID> getAttendeeIds() { return attendeeIds; }
    public void setAttendeeIds(List<UUID> attendeeIds) { this.attendeeIds = attendeeIds; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<LinkLine> getLinks() { return links; }
    public void setLinks(List<LinkLine> links) { this.links = links; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
