package fr.ploucs.cooperation.dues.adapter.in.schedule;

import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a day (8 a.m., Paris time, by default), the automatic dues reminders whose date has come. Sending is
 * idempotent (each reminder recorded once in the database), so a run twice a day, or on two instances, sends nothing
 * more. {@code ploucs.dues.reminder-cron=-} switches it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DuesReminderSchedule {

    private final SendDuesRemindersUseCase reminders;

    DuesReminderSchedule(SendDuesRemindersUseCase reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${ploucs.dues.reminder-cron:0 0 8 * * *}", zone = "Europe/Paris")
    void sendTheRemindersDueToday() {
        reminders.sendScheduledReminders();
    }
}
