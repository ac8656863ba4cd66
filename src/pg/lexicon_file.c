/* lexicon_file.c - the compiled lexicon shared by the backends of a server through an image file. */

/*
 * Compiling the lexicon (every inflected form of every term) takes a few
 * hundred milliseconds; loading its image takes a few.  The first backend to
 * compile a given lexicon writes the image to
 * pg_stat_tmp/diplo_lexicon.<key>.img, and every later backend, parallel
 * workers included, reads it instead of compiling.  The key is a digest of
 * the lexicon rows read (in id order), of the loaded library file and of the
 * dictionary, so an edited lexicon, an installed new build or dictionary is a
 * new file and an old one is never used for it; the engine checks the image
 * in full before using it.
 * Databases with the same lexicon share one image.  pg_stat_tmp is the
 * server's directory for such files (pg_stat_statements keeps its query
 * texts there) and base backups leave its contents out.  The functions stay
 * PARALLEL SAFE: the file holds derived data, like the per-backend cache,
 * not database state.
 *
 * Every failure here (no file, a damaged one, a full disk) only means that
 * the lexicon is compiled as if there were no cache; it is reported at
 * DEBUG1.
 */
#include "postgres.h"

#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/cryptohash.h"
#include "common/sha2.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "storage/fd.h"
#include "utils/guc.h"

#include "diplo_pg.h"
#include "ocdict.h"

#define IMAGE_DIR		"pg_stat_tmp"
#define IMAGE_PREFIX	"diplo_lexicon."
#define IMAGE_SUFFIX	".img"
/* images kept at most: one per lexicon in use, in any database */
#define IMAGE_KEEP		8

/* GUC diplo_extract.share_lexicon */
bool		diplo_share_lexicon = true;

/*
 * The key: SHA-256 of the library file's identity (path, size, inode,
 * modification time: a new build installed over it changes the key), of the
 * OpenCorpora dictionary's (key_add_dictionary) and of every lexicon row,
 * each field with its length.  A cryptographic digest, so that no one who
 * may edit the lexicon of one database can make another database's lexicon
 * load theirs.
 */
static void
key_add(pg_cryptohash_ctx *ctx, const char *s)
{
	int32		len = s ? (int32) strlen(s) : -1;

	if (pg_cryptohash_update(ctx, (const uint8 *) &len, sizeof(len)) < 0 ||
		(len > 0 && pg_cryptohash_update(ctx, (const uint8 *) s, len) < 0))
		elog(ERROR, "could not compute the lexicon key: %s", pg_cryptohash_error(ctx));
}

/*
 * The identity of the OpenCorpora dictionary (its directory, and the number,
 * sizes and latest modification of its files), which some of the compiled
 * forms come from (lexicon.c): installing it, or another version, changes
 * the key.  "none" when it is not installed.
 */
static void
key_add_dictionary(pg_cryptohash_ctx *ctx)
{
	const char *dir = dx_ocdict_default_dir();
	DIR		   *d = AllocateDir(dir);
	struct dirent *de;
	long long	files = 0,
				bytes = 0,
				latest = 0,
				latest_ns = 0;
	char		buf[MAXPGPATH + 128];

	if (d == NULL)
	{
		key_add(ctx, "none");
		return;
	}
	while ((de = ReadDirExtended(d, dir, DEBUG1)) != NULL)
	{
		char		path[MAXPGPATH];
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if (stat(path, &st) != 0)
			continue;
		files++;
		bytes += (long long) st.st_size;
		if ((long long) st.st_mtim.tv_sec > latest ||
			((long long) st.st_mtim.tv_sec == latest && (long long) st.st_mtim.tv_nsec > latest_ns))
		{
			latest = (long long) st.st_mtim.tv_sec;
			latest_ns = (long long) st.st_mtim.tv_nsec;
		}
	}
	FreeDir(d);
	snprintf(buf, sizeof(buf), "%s:%lld:%lld:%lld.%09lld", dir, files, bytes, latest, latest_ns);
	key_add(ctx, buf);
}

pg_cryptohash_ctx *
diplo_lexicon_key_begin(void)
{
	pg_cryptohash_ctx *ctx = pg_cryptohash_create(PG_SHA256);
	Dl_info		info;
	struct stat st;
	char		buf[128];

	if (ctx == NULL || pg_cryptohash_init(ctx) < 0)
		elog(ERROR, "could not compute the lexicon key");
	if (dladdr((void *) diplo_lexicon_key_begin, &info) != 0 && info.dli_fname != NULL &&
		stat(info.dli_fname, &st) == 0)
	{
		snprintf(buf, sizeof(buf), "%lld:%lld:%lld:%lld.%09ld",
				 (long long) st.st_size, (long long) st.st_dev, (long long) st.st_ino,
				 (long long) st.st_mtim.tv_sec, (long) st.st_mtim.tv_nsec);
		key_add(ctx, info.dli_fname);
	}
	else
	{
		/* the library is unknown: a key of this process only, never shared */
		snprintf(buf, sizeof(buf), "pid %d", MyProcPid);
	}
	key_add(ctx, buf);
	key_add_dictionary(ctx);
	return ctx;
}

void
diplo_lexicon_key_add(pg_cryptohash_ctx *ctx, const dx_lexrow *row)
{
	char		dates[32];

	key_add(ctx, row->kind);
	key_add(ctx, row->term);
	key_add(ctx, row->code);
	key_add(ctx, row->name);
	key_add(ctx, row->country);
	key_add(ctx, row->role);
	snprintf(dates, sizeof(dates), "%d/%d", row->valid_from, row->valid_to);
	key_add(ctx, dates);
}

uint64
diplo_lexicon_key_end(pg_cryptohash_ctx *ctx)
{
	uint8		digest[PG_SHA256_DIGEST_LENGTH];
	uint64		key;

	if (pg_cryptohash_final(ctx, digest, sizeof(digest)) < 0)
		elog(ERROR, "could not compute the lexicon key: %s", pg_cryptohash_error(ctx));
	pg_cryptohash_free(ctx);
	memcpy(&key, digest, sizeof(key));
	return key;
}

/* A DEBUG1 line for a file operation that failed; errno is the failure's. */
static void
report_file(const char *what, const char *path)
{
	ereport(DEBUG1,
			(errcode_for_file_access(),
			 errmsg_internal("diplo_extract: could not %s the lexicon image: %m", what),
			 errdetail_internal("File \"%s\".", path)));
}

static void
image_path(char *path, size_t size, uint64 key, const char *suffix)
{
	snprintf(path, size, "%s/%s%016llx%s", IMAGE_DIR, IMAGE_PREFIX,
			 (unsigned long long) key, suffix);
}

static void
release_copy(const void *image, size_t len)
{
	free((void *) image);
}

/*
 * The lexicon of the image stored for key, or NULL.  The file is read into
 * private memory, not mapped: a mapping of a file that someone truncates in
 * place (COPY ... TO the file, a shell's >) faults with SIGBUS on the next
 * read of a page past the new end, and a backend killed by a signal makes
 * the postmaster restart the server.  What is read is checked in full (size,
 * checksum, every index and offset) before it is used; a file cut or
 * changed while it is read is refused like a damaged one.
 */
dx_lexicon *
diplo_lexicon_file_load(uint64 key)
{
	char		path[MAXPGPATH];
	char		err[128];
	struct stat st;
	int			fd;
	char	   *buf;
	size_t		len,
				done = 0;
	dx_lexicon *lex;

	if (!diplo_share_lexicon)
		return NULL;
	image_path(path, sizeof(path), key, IMAGE_SUFFIX);
	fd = OpenTransientFile(path, O_RDONLY | PG_BINARY);
	if (fd < 0)
	{
		if (errno != ENOENT)
			report_file("open", path);
		return NULL;
	}
	if (fstat(fd, &st) != 0 || st.st_size <= 0 || st.st_size > (off_t) 1024 * 1024 * 1024)
	{
		CloseTransientFile(fd);
		return NULL;
	}
	len = (size_t) st.st_size;
	buf = malloc(len);
	if (buf == NULL)
	{
		CloseTransientFile(fd);
		return NULL;
	}
	while (done < len)
	{
		ssize_t		n;

		pgstat_report_wait_start(WAIT_EVENT_DATA_FILE_READ);
		n = read(fd, buf + done, len - done);
		pgstat_report_wait_end();
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += (size_t) n;
	}
	if (done < len)
		report_file("read", path);
	CloseTransientFile(fd);
	if (done < len)
	{
		free(buf);
		return NULL;
	}
	lex = dx_lexicon_from_image(buf, len, key, release_copy, err, sizeof(err));
	if (lex == NULL)
	{
		free(buf);
		ereport(DEBUG1,
				(errmsg_internal("diplo_extract: lexicon image not used: %s", err),
				 errdetail_internal("File \"%s\" removed.", path)));
		(void) unlink(path);
	}
	else
		ereport(DEBUG1,
				(errmsg_internal("diplo_extract: lexicon loaded from its image"),
				 errdetail_internal("File \"%s\".", path)));
	return lex;
}

/*
 * Remove the oldest images beyond IMAGE_KEEP, never the one just written,
 * and leftovers of failed writes.  Times are compared to the nanosecond:
 * images written within one second are still in order.
 */
static void
prune_images(const char *written)
{
	DIR		   *dir;
	struct dirent *de;
	char		oldest[MAXPGPATH] = "";
	struct timespec oldest_time = {0, 0};
	int			n = 0;

	dir = AllocateDir(IMAGE_DIR);
	if (dir == NULL)
		return;
	while ((de = ReadDirExtended(dir, IMAGE_DIR, DEBUG1)) != NULL)
	{
		char		path[MAXPGPATH];
		struct stat st;
		size_t		len = strlen(de->d_name);

		if (strncmp(de->d_name, IMAGE_PREFIX, strlen(IMAGE_PREFIX)) != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", IMAGE_DIR, de->d_name);
		if (stat(path, &st) != 0)
			continue;
		if (len < strlen(IMAGE_SUFFIX) ||
			strcmp(de->d_name + len - strlen(IMAGE_SUFFIX), IMAGE_SUFFIX) != 0)
		{
			/* a temporary file left by a backend that died writing it */
			if (st.st_mtime < time(NULL) - 3600)
				(void) unlink(path);
			continue;
		}
		n++;
		if (strcmp(path, written) != 0 &&
			(oldest[0] == '\0' || st.st_mtim.tv_sec < oldest_time.tv_sec ||
			 (st.st_mtim.tv_sec == oldest_time.tv_sec &&
			  st.st_mtim.tv_nsec < oldest_time.tv_nsec)))
		{
			strlcpy(oldest, path, sizeof(oldest));
			oldest_time = st.st_mtim;
		}
	}
	FreeDir(dir);
	if (n > IMAGE_KEEP && oldest[0] != '\0')
		(void) unlink(oldest);
}

/* Store the image of lex under key for other backends; failures are only logged. */
void
diplo_lexicon_file_save(const dx_lexicon *lex, uint64 key)
{
	char		path[MAXPGPATH];
	char		tmp[MAXPGPATH];
	char		suffix[64];
	void	   *img = NULL;
	size_t		len = 0,
				done = 0;
	int			fd;

	if (!diplo_share_lexicon)
		return;
	if (dx_lexicon_image(lex, key, &img, &len) != 0)
	{
		elog(DEBUG1, "diplo_extract: could not make the lexicon image");
		return;
	}
	image_path(path, sizeof(path), key, IMAGE_SUFFIX);
	snprintf(suffix, sizeof(suffix), IMAGE_SUFFIX ".%d.tmp", MyProcPid);
	image_path(tmp, sizeof(tmp), key, suffix);
	fd = OpenTransientFile(tmp, O_WRONLY | O_CREAT | O_TRUNC | PG_BINARY);
	if (fd < 0)
	{
		report_file("create", tmp);
		free(img);
		return;
	}
	while (done < len)
	{
		ssize_t		n;

		pgstat_report_wait_start(WAIT_EVENT_DATA_FILE_WRITE);
		n = write(fd, (char *) img + done, len - done);
		pgstat_report_wait_end();
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += (size_t) n;
	}
	free(img);
	if (CloseTransientFile(fd) != 0 || done != len)
	{
		report_file("write", tmp);
		(void) unlink(tmp);
		return;
	}
	/* readers see the whole file or none */
	if (rename(tmp, path) != 0)
	{
		report_file("rename", tmp);
		(void) unlink(tmp);
		return;
	}
	ereport(DEBUG1,
			(errmsg_internal("diplo_extract: lexicon image written"),
			 errdetail_internal("File \"%s\", %zu bytes.", path, len)));
	prune_images(path);
}

void
diplo_lexicon_file_init(void)
{
	DefineCustomBoolVariable("diplo_extract.share_lexicon",
							 "Shares the compiled lexicon between sessions through an image file.",
							 "The first session to compile a lexicon writes its image to pg_stat_tmp; "
							 "later sessions and parallel workers load it instead of compiling.",
							 &diplo_share_lexicon,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
}
