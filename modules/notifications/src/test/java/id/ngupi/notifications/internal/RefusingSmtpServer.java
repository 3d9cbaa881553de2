package id.ngupi.notifications.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server on the loopback address whose mailboxes go away: it takes the first mail
 * to an address, and refuses every later one for good ({@code 550 5.1.1}), as a real
 * server answers once an address no longer exists. It speaks just enough SMTP for Jakarta
 * Mail.
 */
final class RefusingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread acceptor;

	private final AtomicInteger refusals = new AtomicInteger();

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	RefusingSmtpServer() {
		try {
			this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.acceptor = new Thread(this::accept, "refusing-smtp");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	/** How often a recipient was refused. */
	int refusals() {
		return this.refusals.get();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// closed, or the client went away: wait for the next one
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(
				new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
		OutputStream out = client.getOutputStream();
		say(out, "220 refusing.example ESMTP");
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
			switch (command) {
				case "EHLO", "HELO" -> say(out, "250 refusing.example");
				case "RCPT" -> {
					if (this.seen.add(line.substring(line.indexOf(':') + 1).strip().toLowerCase())) {
						say(out, "250 OK");
					}
					else {
						this.refusals.incrementAndGet();
						say(out, "550 5.1.1 No such user here");
					}
				}
				case "DATA" -> {
					say(out, "354 End data with <CR><LF>.<CR><LF>");
					for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
						// the mail itself is not kept
					}
					say(out, "250 OK");
				}
				case "QUIT" -> {
					say(out, "221 Bye");
					return;
				}
				default -> say(out, "250 OK");
			}
		}
	}

	private static void say(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
