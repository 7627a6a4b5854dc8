package com.jaia.observability;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.event.KeyValuePair;

/**
 * A logback encoder that masks secrets ({@link SecretMasks}) in what another encoder wrote, so message, arguments,
 * MDC values and stack traces are all masked before any appender writes them.
 */
public class MaskingEncoder extends EncoderBase<ILoggingEvent> {

    private Encoder<ILoggingEvent> delegate;

    private Charset charset = StandardCharsets.UTF_8;

    public void setDelegate(Encoder<ILoggingEvent> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void start() {
        if (delegate == null) {
            addError("MaskingEncoder needs a <delegate> encoder");
            return;
        }
        if (delegate instanceof LayoutWrappingEncoder<ILoggingEvent> layout && layout.getCharset() != null) {
            charset = layout.getCharset();
        }
        if (!delegate.isStarted()) {
            delegate.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] encoded;
        try {
            encoded = delegate.encode(event);
        }
        catch (RuntimeException duplicateMember) {
            // a JSON layout refuses a key-value named like an MDC entry; keep the line with the key-value renamed
            encoded = delegate.encode(withDistinctKeys(event));
        }
        if (encoded == null || encoded.length == 0) {
            return encoded;
        }
        String text = new String(encoded, charset);
        String masked = SecretMasks.mask(text);
        return masked == text ? encoded : masked.getBytes(charset);
    }

    /** The event with every key-value whose name an MDC entry (or an earlier key-value) has renamed {@code kv.NAME}. */
    static ILoggingEvent withDistinctKeys(ILoggingEvent event) {
        LoggingEvent copy = new LoggingEvent();
        copy.setLoggerContextRemoteView(event.getLoggerContextVO());
        copy.setLoggerName(event.getLoggerName());
        copy.setLevel(event.getLevel());
        copy.setMessage(event.getMessage());
        copy.setArgumentArray(event.getArgumentArray());
        copy.setInstant(event.getInstant());
        copy.setThreadName(event.getThreadName());
        copy.setMDCPropertyMap(event.getMDCPropertyMap());
        if (event.getThrowableProxy() instanceof ThrowableProxy proxy) {
            copy.setThrowableProxy(proxy);
        }
        if (event.getMarkerList() != null) {
            event.getMarkerList().forEach(copy::addMarker);
        }
        Set<String> names = new HashSet<>(event.getMDCPropertyMap().keySet());
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                String name = names.add(pair.key) ? pair.key : "kv." + pair.key;
                names.add(name);
                copy.addKeyValuePair(new KeyValuePair(name, pair.value));
            }
        }
        return copy;
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }

}
