package fr.ploucs.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventsConfiguration {

    /** An infrastructure advisor, so that the auto-proxy creator Spring already has applies it to listeners. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ListenerFailureRecording listenerFailureRecording(ObjectProvider<ListenerFailures> failures) {
        return new ListenerFailureRecording(failures::getObject);
    }
}
