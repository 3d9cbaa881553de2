/*
 * Installs the web module's npm packages (package.json) exactly as package-lock.json says,
 * with the machine's own npm.
 *
 * Run by exec-maven-plugin as a single-file Java program before the stylesheet lint. `npm ci`
 * always starts from an empty node_modules (5-10 s); a hash of package.json and
 * package-lock.json kept in node_modules lets an unchanged build skip it.
 *
 * Arguments: <module directory>
 */

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

public class NpmCi {

	public static void main(String[] args) throws Exception {
		Path module = Path.of(args[0]);
		Path hashFile = module.resolve("node_modules").resolve(".ngupi-npm-ci.sha256");
		String hash = hash(module.resolve("package.json"), module.resolve("package-lock.json"));
		if (Files.isRegularFile(hashFile) && Files.readString(hashFile).equals(hash)) {
			System.out.println("[npm] package-lock.json unchanged, node_modules is up to date");
			return;
		}
		boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
		List<String> command = List.of(windows ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund", "--prefer-offline");
		System.out.println("[npm] " + String.join(" ", command));
		Process npm;
		try {
			npm = new ProcessBuilder(command).directory(module.toFile()).inheritIO().start();
		}
		catch (IOException ex) {
			System.err.println("[npm] npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)");
			throw ex;
		}
		int exit = npm.waitFor();
		if (exit != 0) {
			System.err.println("[npm] npm ci failed with exit code " + exit);
			System.exit(exit);
		}
		Files.writeString(hashFile, hash);
	}

	private static String hash(Path... files) throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (Path file : files) {
			digest.update(Files.readAllBytes(file));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
