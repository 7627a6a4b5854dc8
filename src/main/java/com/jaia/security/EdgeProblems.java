package com.jaia.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.jaia.problems.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the edge's refusals as RFC 9457 problem details, with the same {@code /problems/<slug>} types as the API.
 */
final class EdgeProblems {

    private static final JsonMapper JSON = JsonMapper.shared();

    private EdgeProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        int status = type.status().value();
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri().toString());
        problem.put("title", type.title());
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        Object requestId = request.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.getWriter().flush();
    }

}
