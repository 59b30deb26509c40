package fr.ploucs.webparts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A form with one field of each kind, for the fragments' tests. */
@Controller
class SampleController {

    enum Kind { CALL, VISIT }

    static class SampleForm {
        @NotBlank(message = "{sample.name.required}")
        private String name;
        private String notes;
        private Integer places;
        private String amount;
        @NotNull(message = "{sample.on.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate on;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime startsAt;
        @NotNull(message = "{sample.kind.required}")
        private Kind kind;
        private boolean agreed;
        private List<Kind> kinds = new ArrayList<>();
        private Kind mode;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @PlausibleDate(notBeforeYear = 1901, pastYears = PlausibleDate.ANY, futureYears = 0)
        private LocalDate joinedOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        @PlausibleDate(pastYears = 1, futureYears = 3, message = "{sample.booking.too-early}")
        private LocalDateTime bookedAt;
        @PlausibleDate(pastYears = 5, futureYears = 5)
        private Integer year;

        @AssertTrue(message = "{sample.agreed.required}")
        public boolean isAgreedGiven() {
            return agreed || name == null || !name.equals("needs agreement");
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        public Integer getPlaces() { return places; }
        public void setPlaces(Integer places) { this.places = places; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public LocalDate getOn() { return on; }
        public void setOn(LocalDate on) { this.on = on; }
        public LocalDateTime getStartsAt() { return startsAt; }
        public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
        public Kind getKind() { return kind; }
        public void setKind(Kind kind) { this.kind = kind; }
        public boolean isAgreed() { return agreed; }
        public void setAgreed(boolean agreed) { this.agreed = agreed; }
        public List<Kind> getKinds() { return kinds; }
        public void setKinds(List<Kind> kinds) { this.kinds = kinds; }
        public LocalDate getJoinedOn() { return joinedOn; }
        public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
        public LocalDateTime getBookedAt() { return bookedAt; }
        public void setBookedAt(LocalDateTime bookedAt) { this.bookedAt = bookedAt; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public Kind getMode() { return mode; }
        public void setMode(Kind mode) { this.mode = mode; }
    }

    @ModelAttribute("kindValues")
    List<Kind> kindValues() {
        return List.of(Kind.values());
    }

    @GetMapping("/sample")
    String form(@RequestParam(required = false) String q, Model model) {
        SampleForm form = new SampleForm();
        form.setOn(LocalDate.of(2026, 11, 29));
        model.addAttribute("sample", form);
        model.addAttribute("q", q);
        model.addAttribute("shownOn", LocalDate.of(2026, 11, 29));
        return "sample";
    }

    @PostMapping("/sample")
    String submit(@Valid @ModelAttribute("sample") SampleForm form, BindingResult errors, Model model,
                  @RequestParam(required = false) boolean overtaken) {
        if (overtaken) {
            model.addAttribute("changedMeanwhile", true);
        }
        model.addAttribute("shownOn", LocalDate.of(2026, 11, 29));
        return "sample";
    }
}
