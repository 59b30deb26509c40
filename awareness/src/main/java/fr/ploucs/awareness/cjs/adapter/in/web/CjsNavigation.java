package fr.ploucs.awareness.cjs.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CJS's menu entry, for coordinators. */
@Configuration(proxyBeanMethods = false)
class CjsNavigation {

    @Bean
    NavigationEntry cjsEntry() {
        return NavigationEntry.forCoordinators("awareness", "cjs", "nav.awareness.cjs", "/awareness/cjs", 70);
    }
}
