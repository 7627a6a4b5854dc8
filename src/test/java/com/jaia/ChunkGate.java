package com.jaia;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.jaia.pipeline.ImportParameters;
import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Holds the validation partitions of one chosen import file after each chunk they commit, until the test opens the
 * gate: whatever the test asks meanwhile (a stop) is seen at the next chunk boundary, however fast the machine
 * validates. Every other import passes untouched, and an open gate holds nothing.
 */
public final class ChunkGate implements BeanPostProcessor {

    private static final String PARTITION_STEP = "validateJournalPartitionStep";

    private static final long LONGEST_HOLD_MINUTES = 5;

    private volatile String heldFileName;

    private volatile CountDownLatch opened = new CountDownLatch(0);

    private final AtomicInteger held = new AtomicInteger();

    /** Closes the gate for the import of {@code file} (matched by file name, which the test keeps unique). */
    public void close(Path file) {
        held.set(0);
        opened = new CountDownLatch(1);
        heldFileName = file.getFileName().toString();
    }

    /** Lets every held partition go on, and holds nothing more. */
    public void open() {
        heldFileName = null;
        opened.countDown();
    }

    /** How many partition chunks have been held since the gate was closed. */
    public int held() {
        return held.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JobRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setInterfaces(JobRepository.class);
        proxy.addAdvice((MethodInterceptor) call -> {
            Object result = call.proceed();
            if (call.getMethod().getName().equals("update") && call.getArguments().length == 1
                    && call.getArguments()[0] instanceof StepExecution step) {
                holdAfterChunk(step);
            }
            return result;
        });
        return proxy.getProxy();
    }

    private void holdAfterChunk(StepExecution step) throws InterruptedException {
        String fileName = heldFileName;
        if (fileName == null || !step.getStepName().startsWith(PARTITION_STEP) || step.getReadCount() == 0
                || step.getStatus() != BatchStatus.STARTED) {
            return;
        }
        String file = step.getJobExecution().getJobParameters().getString(ImportParameters.FILE_PATH);
        if (file != null && Path.of(file).getFileName().toString().equals(fileName)) {
            held.incrementAndGet();
            opened.await(LONGEST_HOLD_MINUTES, TimeUnit.MINUTES);
        }
    }

}
