package id.ngupi.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand, for what {@code java.net.http} refuses to send: a
 * {@code Host} header naming another site, as an attacker's script would.
 */
final class RawHttp {

	private RawHttp() {
	}

	/** A GET of {@code path} on the local server, claiming to be for {@code host}. */
	static Answer get(int port, String path, String host, Map<String, String> headers) {
		StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Accept: text/html\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
			String[] lines = head.split("\r\n");
			Map<String, String> answerHeaders = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				String[] header = lines[i].split(":", 2);
				answerHeaders.putIfAbsent(header[0].strip().toLowerCase(Locale.ROOT), header[1].strip());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The status and headers of an answer (the first of each name).
	 *
	 * @param status the status code
	 * @param headers by lower-case name
	 */
	record Answer(int status, Map<String, String> headers) {

		Optional<String> location() {
			return Optional.ofNullable(this.headers.get("location"));
		}

	}

}
