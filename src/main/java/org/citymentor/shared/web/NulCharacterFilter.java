package org.citymentor.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL cannot store the NUL character; a request carrying one in a parameter is
 * refused with 400 before it reaches a form, instead of failing later with a database
 * error.
 */
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean nul = request.getParameterMap()
			.values()
			.stream()
			.flatMap(java.util.Arrays::stream)
			.anyMatch((value) -> value != null && value.indexOf('\u0000') >= 0);
		if (nul) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

}
