// ViewsOverJdbc.java - the diplo_bi views read over JDBC (PostgreSQL JDBC driver), as a BI tool reads them
//
//   javac -d TMP test/clients/ViewsOverJdbc.java
//   java -cp /usr/share/java/postgresql.jar:TMP ViewsOverJdbc test/clients/expected.txt DUMPDIR
//
// Connects with PGHOST (a host name, not a socket directory), PGPORT, PGDATABASE,
// PGUSER and PGPASSWORD.  For every view of schema diplo_bi found through
// DatabaseMetaData.getTables: each column has a comment (getColumns REMARKS),
// its java.sql.Types is VARCHAR, INTEGER, BIGINT, NUMERIC or DATE, and SELECT *
// reads every value with getObject; the rows are written to DUMPDIR/<view> as
// psql -A prints them, for test/clients.sh to compare.  Then every query of
// expected.txt must return the rows written there.  Prints one "ok"/"FAIL" line
// per check and exits 1 when a check failed.  Run by test/clients.sh.

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

public class ViewsOverJdbc {
	// the types a BI tool maps without help: text, integer, numeric, date
	static final Set<Integer> PLAIN_TYPES = Set.of(Types.VARCHAR, Types.INTEGER, Types.BIGINT,
												   Types.NUMERIC, Types.DATE);
	// the classes getObject gives for them
	static final Set<Class<?>> PLAIN_CLASSES = Set.of(String.class, Integer.class, Long.class,
													  BigDecimal.class, java.sql.Date.class);
	static int failed = 0;

	static void report(boolean ok, String what) {
		System.out.println((ok ? "ok    " : "FAIL  ") + what);
		if (!ok)
			failed++;
	}

	// a value as psql -A prints it: NULL as the empty string, numbers unscaled
	static String text(Object v) {
		if (v == null)
			return "";
		if (v instanceof BigDecimal)
			return ((BigDecimal) v).toPlainString();
		return v.toString();
	}

	// the rows of a result set, columns joined with "|", every value read with getObject;
	// a value of a class a BI tool would not know is reported in odd
	static List<String> rows(ResultSet rs, List<String> odd) throws SQLException {
		List<String> lines = new ArrayList<>();
		int n = rs.getMetaData().getColumnCount();
		while (rs.next()) {
			StringBuilder line = new StringBuilder();
			for (int i = 1; i <= n; i++) {
				Object v = rs.getObject(i);
				if (v != null && !PLAIN_CLASSES.contains(v.getClass()))
					odd.add(rs.getMetaData().getColumnName(i) + " is " + v.getClass().getName());
				line.append(i > 1 ? "|" : "").append(text(v));
			}
			lines.add(line.toString());
		}
		return lines;
	}

	static void checkView(Connection c, String view, Path dumps) throws Exception {
		DatabaseMetaData md = c.getMetaData();
		// "_" is a wildcard in metadata patterns
		String pattern = view.replace("_", md.getSearchStringEscape() + "_");
		List<String> bare = new ArrayList<>();
		int ncols = 0;
		try (ResultSet rs = md.getColumns(null, "diplo_bi", pattern, "%")) {
			while (rs.next()) {
				ncols++;
				String remarks = rs.getString("REMARKS");
				if (remarks == null || remarks.isBlank())
					bare.add(rs.getString("COLUMN_NAME"));
			}
		}
		report(ncols > 0 && bare.isEmpty(), "jdbc remarks of " + view + ": "
			   + (bare.isEmpty() ? "all " + ncols + " columns have a comment" : "no comment on " + bare));

		// ordered by every column, so that all clients read the rows in the same order
		StringBuilder order = new StringBuilder();
		for (int i = 1; i <= ncols; i++)
			order.append(i > 1 ? ", " : "").append(i);
		try (Statement st = c.createStatement();
			 ResultSet rs = st.executeQuery("SELECT * FROM diplo_bi." + view + " ORDER BY " + order)) {
			ResultSetMetaData m = rs.getMetaData();
			StringBuilder types = new StringBuilder();
			StringBuilder header = new StringBuilder();
			List<String> bad = new ArrayList<>();
			for (int i = 1; i <= m.getColumnCount(); i++) {
				String type = JDBCType.valueOf(m.getColumnType(i)).getName();
				types.append(i > 1 ? ", " : "").append(m.getColumnName(i)).append(' ').append(type)
					.append(" (").append(m.getColumnTypeName(i)).append(')');
				header.append(i > 1 ? "|" : "").append(m.getColumnName(i));
				if (!PLAIN_TYPES.contains(m.getColumnType(i)))
					bad.add(m.getColumnName(i) + " " + type);
			}
			report(bad.isEmpty(), "jdbc types of " + view + ": " + types
				   + (bad.isEmpty() ? "" : "; not a plain type: " + bad));

			List<String> odd = new ArrayList<>();
			List<String> lines = rows(rs, odd);
			report(odd.isEmpty(), "jdbc getObject on every value of " + view + ": " + lines.size() + " rows"
				   + (odd.isEmpty() ? "" : "; unexpected classes: " + odd));
			lines.add(0, header.toString());
			Files.write(dumps.resolve(view), lines, StandardCharsets.UTF_8);
		}
	}

	// expected.txt: blocks separated by blank lines, each a "-- " line naming it,
	// one query and the rows it returns; lines starting with "#" are comments
	static void checkExpected(Connection c, Path file) throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
		lines.add("");
		String name = null;
		String query = null;
		List<String> want = new ArrayList<>();
		for (String l : lines) {
			if (l.startsWith("#")) {
				continue;
			} else if (l.startsWith("-- ")) {
				name = l.substring(3);
			} else if (!l.isEmpty()) {
				if (query == null)
					query = l;
				else
					want.add(l);
			} else if (query != null) {
				List<String> got = new ArrayList<>();
				try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
					got = rows(rs, new ArrayList<>());
				} catch (SQLException e) {
					got.add("ERROR: " + e.getMessage());
				}
				report(got.equals(want), "jdbc expected: " + name);
				if (!got.equals(want)) {
					for (String w : want)
						System.out.println("      want " + w);
					for (String g : got)
						System.out.println("      got  " + g);
				}
				name = query = null;
				want = new ArrayList<>();
			}
		}
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: ViewsOverJdbc EXPECTED_FILE DUMP_DIR");
			System.exit(2);
		}
		String host = System.getenv().getOrDefault("PGHOST", "localhost");
		if (host.isEmpty() || host.startsWith("/"))
			host = "localhost";
		String url = "jdbc:postgresql://" + host + ":" + System.getenv().getOrDefault("PGPORT", "5432")
			+ "/" + System.getenv().getOrDefault("PGDATABASE", "postgres");
		Properties props = new Properties();
		props.setProperty("user", System.getenv().getOrDefault("PGUSER", System.getProperty("user.name")));
		props.setProperty("password", System.getenv().getOrDefault("PGPASSWORD", ""));

		try (Connection c = DriverManager.getConnection(url, props)) {
			List<String> views = new ArrayList<>();
			try (ResultSet rs = c.getMetaData().getTables(null, "diplo_bi", "%", new String[] {"VIEW"})) {
				while (rs.next())
					views.add(rs.getString("TABLE_NAME"));
			}
			report(!views.isEmpty(), "jdbc: " + views.size() + " views in schema diplo_bi");
			for (String v : views) {
				try {
					checkView(c, v, Path.of(args[1]));
				} catch (SQLException e) {
					report(false, "jdbc read of " + v + ": " + e.getMessage());
				}
			}
			checkExpected(c, Path.of(args[0]));
		}
		System.exit(failed == 0 ? 0 : 1);
	}
}
