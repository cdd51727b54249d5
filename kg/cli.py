"""The ``kg`` command: a thin layer over the library."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import KGError, ReadError

DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "output"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: knowledge graphs from Chinese government and party news."""


def extraction_options(f):
    """--components and --overlaps: which extraction components run, and how overlaps are resolved."""
    f = click.option("--overlaps", default="longest_first.v1", show_default=True, metavar="POLICY",
                     help="Policy choosing between overlapping mentions (longest_first.v1, score_first.v1).")(f)
    return click.option("--components", default=None, metavar="LIST",
                        help="Extraction components in order, comma-separated (default: all; "
                             "'-topics,-concepts' drops some). See docs/ARCHITECTURE.md.")(f)


def _components(spec: str | None) -> list[str] | None:
    from .components import parse_list

    try:
        return parse_list(spec) if spec else None
    except KGError as err:
        raise click.UsageError(str(err)) from None


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@extraction_options
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT,
              show_default=True, help="Folder to write the graph files into.")
@click.option("-f", "--format", "formats", multiple=True,
              help="Output format(s) to write (default: all). Repeat for several.")
@click.option("--quiet", is_flag=True, help="Print only errors.")
@click.option("--base-iri", default=None, metavar="IRI",
              help="Base of the entity IRIs in the RDF files (default: https://w3id.org/kg-cn/id/).")
@click.option("--html-max-nodes", type=click.IntRange(min=1), default=None, metavar="N",
              help="Most nodes graph.html draws, most mentioned first (default: 2000); "
                   "the page says what it left out.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for extraction and for the writers (large corpora); the output is the same.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: here (--jobs processes) or on a Dask cluster (--scheduler); "
                   "the output is the same.")
@click.option("--scheduler", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS", default=None,
              help="The Dask scheduler, e.g. tcp://scheduler-host:8786 (or DASK_SCHEDULER_ADDRESS).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, metavar="N",
              help="Articles per task on the cluster (default: 32).")
@click.option("--rebuild", is_flag=True,
              help="Extract every article again, ignoring the per-article cache (.kg-cache/OUTPUT beside OUTPUT).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the per-article cache.")
@click.option("--no-dedup", is_flag=True,
              help="Read republished copies of a story (wire copy) as articles of their own, not as mirrors.")
@click.option("--compress/--no-compress", default=None,
              help="Write the RDF, GraphML, GEXF, JSON and CSV files gzip-compressed (graph.nq.gz …; every kg "
                   "command reads them). Default: compressed from 500 articles on, plain below.")
def build(inputs: tuple[Path, ...], outdir: Path, formats: tuple[str, ...], quiet: bool,
          base_iri: str | None, html_max_nodes: int | None, jobs: int, components: str | None,
          overlaps: str, executor: str, scheduler: str | None, batch_size: int | None,
          rebuild: bool, no_cache: bool, no_dedup: bool, compress: bool | None) -> None:
    """Build the graph from INPUTS (files and folders; default: seeds/) into OUTPUT.

    Reads .txt (plain or the seed format), .html pages and .jsonl corpora, in
    UTF-8 or GB18030/GBK. A file that cannot be read is reported and skipped.
    """
    from .pipeline import build_graph
    from .writers import DEFAULT_FORMATS, WRITERS

    import os

    inputs = inputs or (Path(DEFAULT_INPUT),)
    for p in inputs:
        if not os.path.lexists(p):   # a dangling link is there: read_path names it and skips it
            raise click.UsageError(f"input {str(p)!r} does not exist")
    formats = formats or DEFAULT_FORMATS
    for fmt in formats:
        if fmt not in WRITERS:
            raise click.UsageError(f"unknown format {fmt!r}; known: {', '.join(sorted(WRITERS))}")
    if base_iri:
        from .rdf import check_base_iri

        try:
            check_base_iri(base_iri)
        except KGError as err:
            raise click.UsageError(str(err)) from None
    from .read import list_input_files

    files = list_input_files(inputs)
    from .outdir import check_output_folder, estimate_output_bytes, staged_output

    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    # nothing changed since the last build into this folder (inputs, extractor, options): nothing to do
    import json as _json

    from .cache import cache_folder
    from .outdir import unchanged_output
    from .pipeline import inputs_key

    cache_dir = cache_folder(outdir)        # beside the output folder (kg.cache.cache_folder says why)
    last_build = cache_dir / "build.json"
    build_key = None
    if not no_cache:
        build_key = inputs_key(inputs, components=_components(components), overlaps=overlaps, dedup=not no_dedup,
                               extra=repr((sorted(formats), base_iri, html_max_nodes, compress)))
        if not rebuild and last_build.is_file() and os.path.isdir(outdir):
            try:
                last = _json.loads(last_build.read_text(encoding="utf-8"))
            except ValueError:
                last = {}
            if last.get("key") == build_key:
                try:
                    with unchanged_output(outdir) as manifest:
                        same = manifest is not None and manifest.get("generation") == last.get("generation")
                except KGError as err:
                    raise click.ClickException(str(err)) from None
                if same:
                    if not quiet:
                        click.echo(f"nothing changed since the last build: the outputs in {outdir} are up to date "
                                   "(--rebuild builds again)")
                        click.echo("extracted 0 article(s), all from the cache")
                    return
    # before any extraction: a folder that cannot take the build is said at once, in one line;
    # then the build is written into a staging folder that replaces the old build in one step
    try:
        from .writers import all_filenames

        output_names = all_filenames()
        check_output_folder(outdir, estimate_output_bytes(files), output_names)
        with staged_output(outdir, output_names) as staging:
            # one item per file, except JSONL corpora: one per non-empty line (counted first, so the
            # bar can say how many are left and when it will be done)
            corpus = any(f.suffix.lower() == ".jsonl" for f in files)
            total = 0
            for f in files:
                if f.suffix.lower() == ".jsonl":
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                else:
                    total += 1
            bar = None
            if not quiet and (len(files) > 20 or corpus):
                from tqdm import tqdm

                bar = tqdm(total=total, unit="article", desc="extracting", file=sys.stderr, mininterval=0.5)

            def progress(item):
                if isinstance(item, ReadError):
                    msg = f"skipped {item.path}: {item.reason}"
                    (bar.write if bar is not None else lambda m: click.echo(m, err=True))(msg)
                if bar is not None:
                    bar.update(1)

            try:
                runner = None
                if executor == "dask":
                    from .executors import make_executor

                    runner = make_executor("dask", scheduler=scheduler, batch_size=batch_size)
                with _read_warnings_printed(bar):
                    result = build_graph(inputs, on_article=progress, jobs=jobs, components=_components(components),
                                         overlaps=overlaps, executor=runner,
                                         cache=None if no_cache else cache_dir, rebuild=rebuild,
                                         dedup=not no_dedup, **({"batch_size": batch_size} if batch_size else {}))
            except KGError as err:
                raise click.ClickException(str(err)) from None
            if bar is not None:
                bar.close()
            if not result.articles:
                click.echo(f"error: nothing could be built: no readable article in {', '.join(map(str, inputs))}",
                           err=True)
                sys.exit(1)
            g = result.graph
            if not quiet:
                click.echo(f"read {len(result.articles)} article(s) from {len(files)} file(s); "
                           f"skipped {len(result.skipped)}")
                if not no_cache:
                    click.echo(f"extracted {result.cache_misses} article(s), {result.cache_hits} from the cache")
                click.echo(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
                if result.dropped:
                    click.echo(f"dropped {len(result.dropped)} fact(s) the ontology does not allow, e.g. "
                               f"{result.dropped[0]}", err=True)
            from .writers import compress_default, write_all

            if compress is None:
                compress = compress_default(len(result.articles))
            # the writers need the graph only: the articles' texts and the rest go before they fork
            del result
            if not quiet:
                click.echo(f"writing {len(formats)} format(s)"
                           + (f" in {min(jobs, len(formats))} processes" if jobs > 1 and len(formats) > 1 else "")
                           + " …", err=True)
            options = {"compress": compress, **({"base_iri": base_iri} if base_iri else {}),
                       **({"html_max_nodes": html_max_nodes} if html_max_nodes else {})}
            import time

            started = time.perf_counter()
            try:
                for i, (fmt, seconds) in enumerate(write_all(g, formats, staging, jobs=jobs, **options), 1):
                    if not quiet:
                        for name in WRITERS[fmt].files(compress):
                            p = staging / name
                            size = (sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) if p.is_dir()
                                    else p.stat().st_size)
                            click.echo(f"wrote {outdir / name} ({size / 1e6:.1f} MB, {seconds:.1f} s) "
                                       f"[{i}/{len(formats)}]")
            except KGError as err:
                raise click.ClickException(str(err)) from None
            if not quiet:
                click.echo(f"writers done in {time.perf_counter() - started:.1f} s")
    except KGError as err:
        raise click.ClickException(str(err)) from None
    if build_key is not None:      # the build now in the folder (its manifest's generation) and its key
        from .atomic import atomic_write
        from .outdir import read_manifest

        generation = (read_manifest(outdir) or {}).get("generation")
        atomic_write(last_build, _json.dumps({"key": build_key, "generation": generation}) + "\n")


def _read_warnings_printed(bar):
    """Print each ReadWarning (bytes replaced, a JSONL field dropped) as one line, as it comes."""
    import contextlib
    import warnings

    from .errors import ReadWarning

    @contextlib.contextmanager
    def printing():
        with warnings.catch_warnings():
            warnings.simplefilter("always", ReadWarning)
            shown = warnings.showwarning

            def show(message, category, *args, **kwargs):
                if not issubclass(category, ReadWarning):
                    return shown(message, category, *args, **kwargs)
                line = f"warning: {message}"
                (bar.write if bar is not None else lambda m: click.echo(m, err=True))(line)

            warnings.showwarning = show
            yield

    return printing()


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--articles", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder to look for the gold files' articles in (besides next to them and ../seeds).")
@click.option("--no-misses", is_flag=True, help="Print only the scores, not the misses.")
@click.option("--by", "by", type=click.Choice(["source"]), default=None,
              help="'source': precision and recall of each rule or component (source id) instead.")
@extraction_options
def eval_(gold: tuple[Path, ...], as_json: bool, articles: tuple[Path, ...], no_misses: bool, by: str | None,
          components: str | None, overlaps: str) -> None:
    """Score extraction against GOLD files (or folders of *.json gold files).

    Builds each gold file's article (found beside it, in ../seeds, or in
    --articles) and prints precision, recall and F1 for entities (overall, core,
    per class), relations, events (slot accuracy) and statistics, with the misses.
    With --by source, one row per rule: the gold items it wins, the wrong items
    it adds, its precision and its recall, sorted by wins then losses.
    """
    from .evaluate import evaluate_files, format_by_source, format_report, to_json

    files: list[Path] = []
    for g in gold:
        files.extend(sorted(g.glob("*.json")) if g.is_dir() else [g])
    try:
        report = evaluate_files(files, search=list(articles), components=_components(components),
                                overlaps=overlaps)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    if by == "source":
        click.echo(to_json(report["total"]["by_source"]) if as_json else format_by_source(report))
    else:
        click.echo(to_json(report) if as_json else format_report(report, show_misses=not no_misses))


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="JSONL file to write (default: standard output).")
@click.option("--coarse", is_flag=True, help="PER/LOC/ORG instead of ontology classes (for NER corpora).")
def tag(inputs: tuple[Path, ...], output: Path | None, coarse: bool) -> None:
    """Tag entities: one JSON line per input text with its entities.

    INPUTS are JSONL files of {"id", "text"} lines (offsets index that text as
    given) or articles in any format `kg build` reads (offsets index the cleaned
    text, which is written out too); none or '-' reads JSONL from standard input.
    Each output line is {"id", "text", "entities": [[start, end, class, label], ...]},
    end exclusive; --coarse writes PER, LOC and ORG and leaves other classes out.
    """
    from .atomic import atomic_write
    from .errors import ReadError
    from .tag import Tagger, read_jsonl, read_texts

    for p in inputs:
        if str(p) != "-" and not p.exists():
            raise click.UsageError(f"input {str(p)!r} does not exist")
    files = [p for p in inputs if str(p) != "-"]
    items = list(read_texts(files)) if files else []
    if not files or len(files) < len(inputs):
        items += list(read_jsonl(click.get_text_stream("stdin")))
    tagger = Tagger(coarse=coarse)
    lines = []
    for item in items:
        if isinstance(item, ReadError):
            click.echo(f"skipped {item.path}: {item.reason}", err=True)
            continue
        tagged = tagger.tag_article(item) if not isinstance(item, tuple) else tagger.tag_text(*item)
        lines.append(tagged.to_json() + "\n")
    if output is None:
        click.echo("".join(lines), nl=False)
    else:
        atomic_write(output, "".join(lines))


@main.command()
@click.argument("graph", required=False, default=DEFAULT_OUTPUT, type=click.Path(exists=True, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback makes the graph readable from other machines.")
@click.option("--port", default=8890, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on; 0 picks a free one (the address is printed).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.05),
              help="Seconds a query may run before it is stopped (HTTP 503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Rows (or triples) a result may have; longer results are cut.")
@click.option("--max-bytes", default=64 << 20, show_default=True, type=click.IntRange(min=1024),
              help="Bytes a result may have; longer results are cut.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes, each holding the store in memory; one slow query holds one.")
@click.option("--cors", multiple=True, metavar="ORIGIN",
              help="Let pages of ORIGIN (e.g. https://example.org; '*' for any) read the answers. "
                   "Repeat for several. Off by default.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A further Host name to answer to (behind a proxy); loopback names and the bound address always.")
@click.option("--header-timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a client has to send a request's headers; also how long an idle connection stays open.")
@click.option("--quiet", is_flag=True, help="Do not log requests.")
def serve(graph: Path, host: str, port: int, timeout: float, max_rows: int, max_bytes: int, workers: int,
          cors: tuple[str, ...], allow_hosts: tuple[str, ...], header_timeout: float, quiet: bool) -> None:
    """Serve GRAPH (an output folder or an RDF file; default: output/) as a
    read-only SPARQL 1.1 endpoint at /sparql, with the graph page at /.

    \b
    Example:
      kg serve output --port 8890
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
           http://127.0.0.1:8890/sparql
    """
    from .serve import serve as run_server

    try:
        run_server(graph, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers, quiet=quiet,
                   max_bytes=max_bytes, cors=cors, extra_hosts=allow_hosts, header_timeout=header_timeout)
    except KGError as err:
        raise click.ClickException(str(err)) from None


@main.command()
@click.argument("graph", required=False, default=f"{DEFAULT_OUTPUT}/graph.ttl", type=click.Path(path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH (default: output/graph.ttl; .ttl, .trig, .nq or an output folder)
    against the SHACL shapes of ontology/shapes.ttl.

    Prints each violation in plain words (node, property, value, what is wrong)
    and exits with status 1 when the graph does not conform.
    """
    from .validate import validate_file

    if not graph.exists():
        raise click.UsageError(f"no graph at {str(graph)!r}; run `kg build` first or name a .ttl/.trig/.nq file")
    try:
        report = validate_file(graph)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    click.echo(report.describe(str(graph)))
    sys.exit(0 if report.conforms else 1)


@main.command()
@click.argument("args", nargs=-1, required=True, metavar="[GRAPH] QUERY")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="How to print the rows.")
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True,
              help="SPARQL engine.")
def query(args: tuple[str, ...], fmt: str, engine: str) -> None:
    """Run a SPARQL 1.1 QUERY (a .rq file or the query text) on GRAPH
    (default: output/graph.ttl; .ttl, .trig, .nq or an output folder).

    In .trig and .nq files the default graph is the union of all graphs.
    The queries of docs/SCHEMA.md's questions are in queries/*.rq.
    """
    from .query import format_result, run_query

    if len(args) > 2:
        raise click.UsageError("give at most GRAPH and QUERY (quote a query given as text)")
    graph, text = (args if len(args) == 2 else (f"{DEFAULT_OUTPUT}/graph.ttl", args[0]))
    try:
        result = run_query(Path(graph), text, engine=engine)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    click.echo(format_result(result, fmt))


@main.command()
@click.argument("outdir", required=False, default=DEFAULT_OUTPUT, type=click.Path(exists=True, path_type=Path))
@click.option("--store", metavar="URL", default=None,
              help="SPARQL 1.1 Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso).")
@click.option("--virtuoso-bulk", "isql", metavar="HOST:PORT", default=None,
              help="Instead of HTTP, load graph.nq with Virtuoso's bulk loader through its SQL port "
                   "(e.g. 127.0.0.1:1111); the file must be in a folder of DirsAllowed on the server.")
@click.option("--user", default=None, help="User for the store (Virtuoso: dba or one with SPARQL_UPDATE).")
@click.option("--password", envvar="KG_STORE_PASSWORD", default=None,
              help="Password (or set KG_STORE_PASSWORD, which keeps it out of the process list).")
@click.option("--default-graph", metavar="IRI", default=None,
              help="Graph for the merged description (the export's unnamed graph); default: <base IRI>merged; "
                   "'default' sends it to the store's default graph.")
@click.option("--retries", type=click.IntRange(0, 20), default=3, show_default=True,
              help="Tries more per graph after a network error or HTTP 5xx.")
@click.option("--quiet", is_flag=True, help="Print only errors.")
def push(outdir: Path, store: str | None, isql: str | None, user: str | None, password: str | None,
         default_graph: str | None, retries: int, quiet: bool) -> None:
    """Load the export in OUTDIR (default: output/; or a graph.nq/.trig file) into a
    triple store, one named graph per article.

    Each graph replaces the store's graph of the same name, so pushing again
    changes nothing. A refusal (wrong password, no write permission) stops with
    the store's own message; network errors and 5xx answers are retried.

    \b
    Examples:
      kg push output --store http://127.0.0.1:8890/sparql-graph-crud-auth --user dba
      kg push /srv/exports/graph.nq --virtuoso-bulk 127.0.0.1:1111 --user dba
    """
    from .push import push as push_graphs
    from .push import virtuoso_bulk_load

    if (store is None) == (isql is None):
        raise click.UsageError("give either --store URL (Graph Store HTTP Protocol) or --virtuoso-bulk HOST:PORT")
    try:
        if isql is not None:
            report = virtuoso_bulk_load(outdir, isql=isql, user=user or "dba", password=password or "dba",
                                        default_graph=default_graph)
            if not quiet:
                click.echo(f"bulk-loaded {report.graphs} graph(s) in {report.seconds:.1f} s")
            return
        result = push_graphs(outdir, store, user=user, password=password, default_graph=default_graph,
                             retries=retries)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    if not quiet:
        click.echo(f"pushed {result.graphs} graph(s), {result.triples} triples in {result.seconds:.1f} s"
                   + (f" ({result.retries} retried request(s))" if result.retries else ""))


@main.command()
@click.argument("question", required=False)
@click.argument("values", nargs=-1)
@click.option("-g", "--graph", default=DEFAULT_OUTPUT, show_default=True, type=click.Path(path_type=Path),
              help="An output folder or a .ttl/.trig/.nq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="How to print the rows.")
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True,
              help="SPARQL engine.")
@click.option("--sparql", "show_sparql", is_flag=True, help="Print the SPARQL the question runs instead of running it.")
def ask(question: str | None, values: tuple[str, ...], graph: Path, fmt: str, engine: str, show_sparql: bool) -> None:
    """Answer a QUESTION about the graph; VALUES are its parameters, NAME=VALUE or in order.

    \b
    Examples:
      kg ask initiatives 浙江省            initiatives of a place and of everything in it
      kg ask events 2019-09-01 2019-09-30 class=Meeting
      kg ask posts person=王某            posts, with the first and last article dates reporting them
      kg ask organizations 河南省 --format csv
    Without QUESTION: the list of questions and their parameters (queries/ask/*.rq).
    """
    from .ask import questions
    from .query import format_result, run_query

    qs = questions()
    if not question:
        for q in qs.values():
            click.echo(f"{q.name} {' '.join(f'[{p.name}]' for p in q.params)}\n    {q.summary}")
            for p in q.params:
                click.echo(f"    {p.name}: {p.help}")
        return
    if question not in qs:
        raise click.UsageError(f"no question {question!r}; known: {', '.join(sorted(qs))}")
    q = qs[question]
    given: dict[str, str] = {}
    order = [p.name for p in q.params]
    for v in values:
        name, eq, value = v.partition("=")
        if eq and name in order:
            given[name] = value
        else:
            free = [n for n in order if n not in given]
            if not free:
                raise click.UsageError(f"{question} takes {', '.join(order) or 'no parameters'}; {v!r} is one too many")
            given[free[0]] = v
    try:
        text = q.sparql(given)
        if show_sparql:
            click.echo(text, nl=False)
            return
        result = run_query(graph, text, engine=engine)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    click.echo(format_result(result, fmt))
