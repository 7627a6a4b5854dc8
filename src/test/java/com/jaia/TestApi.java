package com.jaia;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** Clients of the application a test started on a random port. */
public final class TestApi {

    private TestApi() {
    }

    /** A client of {@code path} (e.g. {@code /api/v1}) that hands back every answer, errors too, instead of throwing. */
    public static RestClient answering(int port, String path) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port + path)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
            .build();
    }

}
