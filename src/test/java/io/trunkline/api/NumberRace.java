package io.trunkline.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that create the same number at the same moment, each with its own key (so that
 * no rate limit interferes): exactly one gets 201, and every other one 409
 * {@code number_already_present} with the id of the one that was created, also when its
 * save lost the race on the unique constraint rather than at the service's check.
 */
final class NumberRace {

	private NumberRace() {
	}

	static void run(List<ApiClient> clients, long trunkId, String firstNumber, int rounds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		try {
			for (int round = 0; round < rounds; round++) {
				String body = PhoneNumberWriteApiIT.newNumber(trunkId,
						"+" + (Long.parseLong(firstNumber.substring(1)) + round));
				CountDownLatch start = new CountDownLatch(1);
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				for (ApiClient client : clients) {
					answers.add(pool.submit(() -> {
						start.await();
						return client.post("/api/v1/phone-numbers", body);
					}));
				}
				start.countDown();
				List<HttpResponse<String>> created = new ArrayList<>();
				List<HttpResponse<String>> refused = new ArrayList<>();
				for (Future<HttpResponse<String>> answer : answers) {
					HttpResponse<String> response = answer.get();
					(response.statusCode() == 201 ? created : refused).add(response);
				}
				assertThat(created).as("one of the same number is created").hasSize(1);
				long id = ApiClient.json(created.get(0)).get("id").asLong();
				for (HttpResponse<String> response : refused) {
					assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
					JsonNode problem = ApiClient.json(response);
					assertThat(problem.get("code").asString()).isEqualTo("number_already_present");
					assertThat(problem.get("existing_id").asLong()).isEqualTo(id);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
