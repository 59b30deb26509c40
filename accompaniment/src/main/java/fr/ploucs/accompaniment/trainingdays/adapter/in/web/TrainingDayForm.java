package fr.ploucs.accompaniment.trainingdays.adapter.in.web;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A collective training day as typed: its topic, day, place and trainer. */
public class TrainingDayForm {

    @Size(max = 200, message = "{training-day.text.too-long}")
    private String topic;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @Size(max = 200, message = "{training-day.text.too-long}")
    private String place;

    @Size(max = 200, message = "{training-day.text.too-long}")
    private String trainer;

    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTrainer() { return trainer; }
    public void setTrainer(String trainer) { this.trainer = trainer; }
}
