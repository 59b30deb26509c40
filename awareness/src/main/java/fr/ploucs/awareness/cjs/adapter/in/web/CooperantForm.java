package fr.ploucs.awareness.cjs.adapter.in.web;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A young person to enrol: the age is computed from the birth date, never typed. */
public class CooperantForm {

    private String firstName;
    private String lastName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
