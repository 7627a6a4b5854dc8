package com.jaia.observability;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Attaches {@link BatchLogging} to every job and step bean, and lets the job and step MDC entries travel with the
 * trace context to the threads a step hands work to.
 */
@Configuration(proxyBeanMethods = false)
class BatchObservabilityConfiguration {

    static {
        ContextRegistry.getInstance()
            .registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(LogNames.JOB_EXECUTION_ID, LogNames.STEP));
    }

    @Bean
    static BeanPostProcessor batchLoggingPostProcessor(ObjectProvider<ProgressBoard> board) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(new BatchLogging(board.getObject()));
                }
                else if (bean instanceof AbstractStep step) {
                    step.registerStepExecutionListener(new BatchLogging(board.getObject()));
                }
                return bean;
            }
        };
    }

}
