package com.jaia.status;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the web server answer the errors it handles itself (before any controller) as problem details too.
 */
@Configuration(proxyBeanMethods = false)
class ErrorAnswersConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                ProblemErrorReportValve valve = new ProblemErrorReportValve();
                host.setErrorReportValveClass(valve.getClass().getName());
                host.getPipeline().addValve(valve);
            }
        });
    }

}
