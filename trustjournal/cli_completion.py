"""`trustjournal completion bash|zsh|fish`: tab completion, generated from the parser.

The script is built from the same argparse parser the commands use, so a new command or
option completes without anyone editing a script. It is static: pressing Tab never starts
Python. zsh uses the bash script through zsh's own bashcompinit.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from trustjournal.cli_parser import command_help
from trustjournal.core.i18n import translate
from trustjournal.core.lazy_dataclass import lazy_dataclass

SHELLS = ("bash", "zsh", "fish")
PROGRAMS = ("trustjournal", "trustjournal-cli")
# Positional arguments that name something on disk.
_PATH_POSITIONALS = {"path", "backup"}


@lazy_dataclass(frozen=True)
class Option:
    flags: tuple[str, ...]
    takes_value: bool
    choices: tuple[str, ...]
    kind: str  # "dir", "file" or "" (a free value, or none)
    help: str


@lazy_dataclass(frozen=True)
class Command:
    name: str
    help: str
    options: tuple[Option, ...]
    words: tuple[str, ...]  # choices of its first positional
    files: bool  # its positional is a path


def add_commands(
    sub: Any, parents: list[argparse.ArgumentParser]
) -> dict[str, Callable[[argparse.Namespace, TextIO], int]]:
    """Add `completion` to the CLI; returns its handler by name."""
    completion = sub.add_parser(
        "completion",
        help=command_help("completion"),
        description=translate(
            "CliCompletion", "Print a tab-completion script. bash: add `eval \"$(trustjournal "
            "completion bash)\"` to ~/.bashrc; zsh: the same with zsh, in ~/.zshrc; fish: "
            "`trustjournal completion fish > ~/.config/fish/completions/trustjournal.fish`."),
    )
    completion.add_argument("shell", choices=SHELLS,
                            help=translate("CliCompletion", "the shell to complete in"))
    return {"completion": cmd_completion}


def cmd_completion(args: argparse.Namespace, out: TextIO) -> int:
    """Print the completion script for the chosen shell."""
    from trustjournal.cli_common import EXIT_OK
    from trustjournal.cli_parser import build_parser

    globals_, commands = describe(build_parser()[0])
    if args.shell == "fish":
        out.write(fish_script(globals_, commands))
    else:
        out.write(bash_script(globals_, commands, zsh=args.shell == "zsh"))
    return EXIT_OK


# -- reading the parser -------------------------------------------------------------


def _short_help(action: argparse.Action | Any) -> str:
    text = action.help if isinstance(action, argparse.Action) else action
    if not text or text == argparse.SUPPRESS:
        return ""
    text = str(text).replace("%%", "%").split(";")[0].split(" (")[0].strip()
    return text if len(text) <= 70 else text[:67].rstrip() + "..."


def _option(action: argparse.Action) -> Option:
    metavar = str(action.metavar or "")
    kind = ""
    if action.nargs != 0:
        if "DIR" in metavar:
            kind = "dir"
        elif "FILE" in metavar or "PATH" in metavar:
            kind = "file"
    choices = tuple(str(c) for c in action.choices) if action.choices else ()
    return Option(tuple(action.option_strings), action.nargs != 0, choices, kind,
                  _short_help(action))


def _options(parser: argparse.ArgumentParser) -> tuple[Option, ...]:
    found: dict[tuple[str, ...], Option] = {}
    for action in parser._actions:
        if action.option_strings and action.help != argparse.SUPPRESS:
            found.setdefault(tuple(action.option_strings), _option(action))
    return tuple(found.values())


def describe(parser: argparse.ArgumentParser) -> tuple[tuple[Option, ...], tuple[Command, ...]]:
    """The program's own options and each command with its options and positionals."""
    commands: list[Command] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: _short_help(choice) for choice in action._choices_actions}
        for name, sub in action.choices.items():
            positionals = [a for a in sub._actions if not a.option_strings]
            first = positionals[0] if positionals else None
            words = tuple(str(c) for c in first.choices) if first and first.choices else ()
            files = bool(first and first.dest in _PATH_POSITIONALS)
            commands.append(Command(name, helps.get(name, ""), _options(sub), words, files))
    return _options(parser), tuple(commands)


# -- bash (and zsh through bashcompinit) -------------------------------------------------


def _words(options: tuple[Option, ...]) -> str:
    return " ".join(flag for option in options for flag in option.flags)


def _value_case(glob: str, pattern: str, option: Option) -> str:
    labels = " | ".join(f'{glob}"{pattern}{flag}"' for flag in option.flags)
    if option.choices:
        action = f'COMPREPLY=($(compgen -W "{" ".join(option.choices)}" -- "$cur"))'
    elif option.kind == "dir":
        action = '_trustjournal_paths -d'
    elif option.kind == "file":
        action = '_trustjournal_paths -f'
    else:
        action = "COMPREPLY=()"  # a free value (a date, a title): nothing to offer
    return f"        {labels}) {action}; return ;;"


def bash_script(globals_: tuple[Option, ...], commands: tuple[Command, ...],
                zsh: bool = False) -> str:
    """A completion function for bash (or, with `zsh`, for zsh's bashcompinit)."""
    valued_globals = [flag for o in globals_ if o.takes_value for flag in o.flags]
    value_cases = [_value_case("*", " ", o) for o in globals_ if o.takes_value]
    for command in commands:
        value_cases += [_value_case("", f"{command.name} ", o)
                        for o in command.options if o.takes_value]
    option_cases = [f'        {c.name}) opts="{_words(c.options)}" ;;' for c in commands]
    word_cases = [f'        {c.name}) COMPREPLY=($(compgen -W "{" ".join(c.words)}" -- "$cur"))'
                  " ;;" for c in commands if c.words]
    file_commands = "|".join(c.name for c in commands if c.files)
    if file_commands:
        word_cases.append(f"        {file_commands}) _trustjournal_paths -f ;;")
    lines = [
        "# Tab completion for trustjournal, made by `trustjournal completion "
        f"{'zsh' if zsh else 'bash'}`.",
    ]
    if zsh:
        lines += ["(( $+functions[compdef] )) || { autoload -U +X compinit && compinit }",
                  "autoload -U +X bashcompinit && bashcompinit"]
    lines += [
        "_trustjournal_paths() {",
        "    if type compopt >/dev/null 2>&1; then compopt -o filenames; fi",
        '    COMPREPLY=($(compgen "$1" -- "$cur"))',
        "}",
        "_trustjournal() {",
        "    local cur prev cmd opts i",
        '    cur="${COMP_WORDS[COMP_CWORD]}"',
        '    prev="${COMP_WORDS[COMP_CWORD-1]}"',
        "    cmd=",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        case "${COMP_WORDS[i]}" in',
        f"            {'|'.join(valued_globals) or '--'}) ((i++)) ;;",
        "            -*) ;;",
        '            *) cmd="${COMP_WORDS[i]}"; break ;;',
        "        esac",
        "    done",
        '    case "$cmd $prev" in',
        *value_cases,
        "    esac",
        '    if [[ -z "$cmd" ]]; then',
        '        if [[ "$cur" == -* ]]; then',
        f'            COMPREPLY=($(compgen -W "{_words(globals_)}" -- "$cur"))',
        "        else",
        f'            COMPREPLY=($(compgen -W "{" ".join(c.name for c in commands)}" -- "$cur"))',
        "        fi",
        "        return",
        "    fi",
        '    if [[ "$cur" == -* ]]; then',
        '        case "$cmd" in',
        *option_cases,
        '            *) opts="" ;;',
        "        esac",
        '        COMPREPLY=($(compgen -W "$opts" -- "$cur"))',
        "        return",
        "    fi",
        '    case "$cmd" in',
        *word_cases,
        "    esac",
        "}",
        f"complete -F _trustjournal {' '.join(PROGRAMS)}",
        "",
    ]
    return "\n".join(lines)


# -- fish ------------------------------------------------------------------------------


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish_option(option: Option, condition: str) -> str:
    parts = ["complete -c trustjournal"]
    if condition:
        parts.append(f"-n {_fish_quote(condition)}")
    for flag in option.flags:
        parts.append(f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}")
    if option.choices:
        parts.append(f"-x -a {_fish_quote(' '.join(option.choices))}")
    elif option.kind == "dir":
        parts.append("-x -a '(__fish_complete_directories)'")
    elif option.kind == "file":
        parts.append("-r -F")
    elif option.takes_value:
        parts.append("-x")
    if option.help:
        parts.append(f"-d {_fish_quote(option.help)}")
    return " ".join(parts)


def fish_script(globals_: tuple[Option, ...], commands: tuple[Command, ...]) -> str:
    """Completions for fish: commands, each one's options, values and paths."""
    lines = [
        "# Tab completion for trustjournal, made by `trustjournal completion fish`.",
        "complete -c trustjournal -f",
        "complete -c trustjournal-cli -w trustjournal",
    ]
    lines += [_fish_option(o, "") for o in globals_]
    for command in commands:
        lines.append(f"complete -c trustjournal -n '__fish_use_subcommand' -a {command.name}"
                     + (f" -d {_fish_quote(command.help)}" if command.help else ""))
        seen = f"__fish_seen_subcommand_from {command.name}"
        lines += [_fish_option(o, seen) for o in command.options]
        if command.words:
            lines.append(f"complete -c trustjournal -n {_fish_quote(seen)} "
                         f"-a {_fish_quote(' '.join(command.words))}")
        if command.files:
            lines.append(f"complete -c trustjournal -n {_fish_quote(seen)} -F")
    return "\n".join(lines) + "\n"
