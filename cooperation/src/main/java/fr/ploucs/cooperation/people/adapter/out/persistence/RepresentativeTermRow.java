package fr.ploucs.cooperation.people.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

@Table(schema = "cooperation", name = "representative_term")
class RepresentativeTermRow {

    private String name;
    private String email;
    private String phone;
    @Column("from_date")
    private LocalDate from;
    @Column("until_date")
    private LocalDate until;
    private String reason;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
