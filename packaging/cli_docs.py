#!/usr/bin/env python3
"""Writes rawi's man page and its bash and zsh completions from the built binary's --help.

usage: cli_docs.py RAWI VOICES_DIR {man,bash,zsh} OUTPUT [--extra MAN_SECTIONS] [--date YYYY-MM-DD]

Every subcommand, flag, argument and description comes from `RAWI --help` and `RAWI COMMAND
--help` (CLI11's help text), so the page and the completions cannot drift from the program. The
program runs with RAWI_DATA_DIR=VOICES_DIR; that folder's path in the help text becomes VOICES
(the man page's FILES section says where it is). Two things the help text cannot say are kept
here, and checked against it so they cannot drift either:
  LIVE_DEFAULTS  defaults that depend on the build machine (the core count), shown in words;
  VALUES         the words a flag takes (formats, languages, layers): every one must appear in
                 that flag's help text, and every flag named must exist, or generation fails.
The man page's hand-written sections (exit status, environment, files, examples) come from
--extra, a roff file.
"""

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

# Defaults that are measured on the machine that runs --help, shown in words instead.
LIVE_DEFAULTS = {("publish", "--jobs"): "the number of processors"}

# (command or "*", flag) -> the values it completes; "*" applies to every command with the flag.
VALUES = {
    ("render", "--format"): ["wav", "flac", "ogg"],
    ("publish", "--format"): ["mp3", "opus", "ogg", "flac", "wav"],
    ("*", "--input-format"): ["txt", "md", "html"],
    ("*", "--lang"): ["ar", "en"],
    ("*", "--months"): ["gregorian", "syriac"],
    ("vocalize", "--skip"): ["user", "table", "lemma", "lexicon", "thesaurus", "model", "espeak"],
}
# Flags whose value is a voice profile: a name from VOICES/*.json, or a path to one.
VOICE_FLAGS = {"--voice"}
# Flags whose value is a folder; any other flag with a TEXT value completes file names, and
# flags with INT values or in NO_COMPLETION complete nothing.
DIR_FLAGS = {("publish", "--output")}
NO_COMPLETION = {"--shard", "--max-duration"}


@dataclass
class Option:
    names: list  # ["-o", "--output"], or ["articles"] for a positional
    value: str  # "TEXT", "INT", "" for a flag
    default: str  # "gregorian", "" when none is shown
    required: bool
    repeated: bool  # "...": takes several values
    help: str
    positional: bool = False

    @property
    def long(self):
        return next((n for n in self.names if n.startswith("--")), self.names[0])


@dataclass
class Command:
    name: str  # "" for rawi itself
    description: str
    usage: str
    options: list = field(default_factory=list)
    subcommands: list = field(default_factory=list)  # [(name, description)]


def run_help(rawi, voices, args):
    env = dict(os.environ, RAWI_DATA_DIR=voices, LC_ALL="C.UTF-8")
    out = subprocess.run([rawi, *args, "--help"], env=env, check=True, capture_output=True,
                         text=True).stdout
    return out.replace(voices.rstrip("/"), "VOICES")


def parse_option(left, help_text, positional):
    # left: "-o,--output TEXT REQUIRED", "--months TEXT=gregorian", "articles TEXT ... REQUIRED"
    words = left.split()
    names = words[0].split(",")
    rest = words[1:]
    required = "REQUIRED" in rest
    repeated = "..." in rest
    rest = [w for w in rest if w not in ("REQUIRED", "...")]
    value, default = "", ""
    if rest:
        value, _, default = rest[0].partition("=")
    return Option(names, value, default, required, repeated, help_text, positional)


def parse_help(text, name):
    lines = text.rstrip("\n").split("\n")
    command = Command(name, lines[0].strip(), "")
    section = None
    for line in lines[1:]:
        if line.startswith("Usage: "):
            command.usage = line[len("Usage: "):].strip()
        elif re.match(r"^\S.*:$", line):
            section = line[:-1]
        elif line.startswith("   ") and line.strip() and command.options:
            # CLI11 puts the help of a long option name ("--pronunciation,--lexicon TEXT") on
            # the next line, indented to the help column.
            last = command.options[-1]
            last.help = (last.help + " " + line.strip()).strip()
        elif line.startswith("  ") and line.strip():
            match = re.match(r"^  (\S(?:.*?\S)?)(?: {2,}(.*))?$", line)
            left, help_text = match.group(1), (match.group(2) or "").strip()
            if section == "Subcommands":
                command.subcommands.append((left, help_text))
            elif section in ("Options", "Positionals"):
                command.options.append(parse_option(left, help_text, section == "Positionals"))
    return command


def read_cli(rawi, voices):
    top = parse_help(run_help(rawi, voices, []), "")
    commands = [parse_help(run_help(rawi, voices, [sub]), sub) for sub, _ in top.subcommands]
    for command in commands:
        for option in command.options:
            live = LIVE_DEFAULTS.get((command.name, option.long))
            if live:
                if not option.default:
                    sys.exit(f"cli_docs.py: rawi {command.name} {option.long} shows no default")
                option.default = ""
                option.help += f" (default: {live})"
    check_tables(commands)
    return top, commands


def check_tables(commands):
    by_name = {c.name: c for c in commands}
    for (command_name, flag), values in VALUES.items():
        targets = commands if command_name == "*" else [by_name.get(command_name)]
        found = False
        for command in targets:
            if command is None:
                sys.exit(f"cli_docs.py: no command {command_name}")
            for option in command.options:
                if flag in option.names:
                    found = True
                    missing = [v for v in values if not re.search(rf"\b{v}\b", option.help)]
                    if missing:
                        sys.exit(f"cli_docs.py: rawi {command.name} {flag}: its help does not name "
                                 f"{', '.join(missing)}; update VALUES")
        if not found:
            sys.exit(f"cli_docs.py: no command has {flag} ({command_name}); update VALUES")
    for (command_name, flag) in list(LIVE_DEFAULTS) + list(DIR_FLAGS):
        command = by_name.get(command_name)
        if command is None or not any(flag in o.names for o in command.options):
            sys.exit(f"cli_docs.py: rawi {command_name} has no {flag}")


def values_for(command, option):
    for key in ((command.name, option.long), ("*", option.long)):
        if key in VALUES:
            return VALUES[key]
    return None


def completion_kind(command, option):
    """One of: none, values, voice, dir, file."""
    if option.long in ("--help", "--version"):
        return "none"
    if values_for(command, option):
        return "values"
    if option.long in VOICE_FLAGS:
        return "voice"
    if (command.name, option.long) in DIR_FLAGS:
        return "dir"
    if option.value in ("", "INT") or option.long in NO_COMPLETION:
        return "none"
    return "file"


# --- man page -----------------------------------------------------------------------------

def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = re.sub(r"`([^`]+)`", r"\\fB\1\\fR", text)
    text = text.replace("VOICES", "\\fIVOICES\\fR")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def man_usage(usage):
    """ "[OPTIONS] articles..." -> "[\\fIOPTIONS\\fR] \\fIarticles\\fR..." """
    return re.sub(r"[A-Za-z_]+", lambda m: f"\\fI{m.group(0)}\\fR", roff(usage))


def man_option(option):
    names = ", ".join(f"\\fB{roff(n)}\\fR" for n in option.names)
    if option.positional:
        names = f"\\fI{roff(option.names[0])}\\fR" + (" ..." if option.repeated else "")
    elif option.value:
        names += f" \\fI{option.value}\\fR" + (" ..." if option.repeated else "")
    notes = []
    if option.required and not option.positional:
        notes.append("required")
    if option.default:
        notes.append(f"default: {option.default}")
    help_text = roff(option.help) + (f" ({roff('; '.join(notes))})" if notes else "")
    return f".TP\n{names}\n{help_text}\n"


def man_page(top, commands, version, date, extra):
    out = [
        f'.TH RAWI 1 "{date}" "rawi {version}" "User Commands"\n',
        ".\\\" Generated from rawi's --help by packaging/cli_docs.py: do not edit.\n",
        ".SH NAME\n",
        f"rawi \\- {roff(top.description.rstrip('.').split(': ', 1)[-1])}\n",
        ".SH SYNOPSIS\n",
    ]
    for command in commands:
        usage = command.usage.split(" ", 2)  # "rawi", "render", "[OPTIONS] articles..."
        out.append(f".B rawi {command.name}\n{man_usage(usage[2]) if len(usage) > 2 else ''}\n.br\n")
    out.append(".B rawi \\-\\-version\n")
    out.append(".SH DESCRIPTION\n")
    out.append(f"{roff(top.description)}\n")
    out.append(".PP\nEach command is described below; \\fBrawi\\fR \\fICOMMAND\\fR "
               "\\fB\\-\\-help\\fR prints the same text.\n")
    out.append(".SH OPTIONS\n")
    out.extend(man_option(o) for o in top.options)
    out.append(".SH COMMANDS\n")
    for command in commands:
        out.append(f'.SS "rawi {command.name}"\n{roff(command.description)}\n')
        out.append(f".PP\nUsage: \\fB{roff(command.usage)}\\fR\n")
        out.extend(man_option(o) for o in command.options if o.long != "--help")
    out.append(extra)
    return "".join(out)


# --- bash ---------------------------------------------------------------------------------

BASH_HEAD = r'''# bash completion for rawi. Generated from rawi's --help by packaging/cli_docs.py: do not edit.

# rawi's voices folder as rawi finds it (util/data_dir.h): $RAWI_DATA_DIR, else
# ../share/rawi/voices beside the executable, else the one `rawi --version` names.
_rawi_voices_dir() {
  if [[ -n ${RAWI_DATA_DIR-} ]]; then
    printf '%s\n' "$RAWI_DATA_DIR"
    return
  fi
  local exe
  exe=$(type -P "$1") || return
  exe=$(readlink -f "$exe")
  if [[ -d ${exe%/*}/../share/rawi/voices ]]; then
    printf '%s\n' "${exe%/*}/../share/rawi/voices"
  else
    "$exe" --version 2>/dev/null | sed -n 's/^voices: //p'
  fi
}

_rawi_voices() {  # rawi_command current_word
  local dir file names=()
  dir=$(_rawi_voices_dir "$1")
  for file in "$dir"/*.json; do
    [[ -f $file ]] && file=${file##*/} && names+=("${file%.json}")
  done
  COMPREPLY=($(compgen -W "${names[*]}" -- "$2") $(compgen -f -X '!*.json' -- "$2"))
}

_rawi() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local command= i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      @COMMANDS_PATTERN@) command=${COMP_WORDS[i]}; break ;;
    esac
  done
  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "@TOP_FLAGS@" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "@COMMANDS@" -- "$cur"))
    fi
    return
  fi
  local flags= values= value_kind=
  case $command in
'''

BASH_TAIL = r'''  esac
  case $value_kind in
    none) return ;;
    values)
      if [[ $values == *,* ]]; then  # a comma-separated list: complete its last item
        local done_part=
        [[ $cur == *,* ]] && done_part=${cur%,*},
        COMPREPLY=($(compgen -P "$done_part" -W "${values//,/ }" -- "${cur##*,}"))
        compopt -o nospace 2>/dev/null
      else
        COMPREPLY=($(compgen -W "$values" -- "$cur"))
      fi
      return ;;
    voice) compopt -o filenames 2>/dev/null; _rawi_voices "${COMP_WORDS[0]}" "$cur"; return ;;
    dir) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")); return ;;
    file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  else
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -F _rawi rawi
'''


def bash_completion(top, commands):
    out = [BASH_HEAD
           .replace("@COMMANDS_PATTERN@", "|".join(c.name for c in commands))
           .replace("@TOP_FLAGS@", " ".join(n for o in top.options for n in o.names))
           .replace("@COMMANDS@", " ".join(c.name for c in commands))]
    for command in commands:
        flags = [n for o in command.options if not o.positional for n in o.names]
        out.append(f"    {command.name})\n      flags=\"{' '.join(flags)}\"\n")
        out.append("      case $prev in\n")
        for option in command.options:
            if option.positional:
                continue
            kind = completion_kind(command, option)
            names = "|".join(option.names)
            if kind == "values":
                sep = "," if "comma" in option.help else " "
                out.append(f"        {names}) value_kind=values; "
                           f"values=\"{sep.join(values_for(command, option))}\" ;;\n")
            elif option.value or kind != "none":
                out.append(f"        {names}) value_kind={kind} ;;\n")
        out.append("      esac ;;\n")
    out.append(BASH_TAIL)
    return "".join(out)


# --- zsh ----------------------------------------------------------------------------------

def zsh_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def zsh_help(text):
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def zsh_action(command, option):
    kind = completion_kind(command, option)
    if kind == "values":
        words = " ".join(values_for(command, option))
        if "comma" in option.help:
            return f"_sequence compadd - {words}"
        return f"({words})"
    return {"voice": "_rawi_voices", "dir": "_files -/", "file": "_files", "none": " "}[kind]


def zsh_spec(command, option):
    help_text = zsh_help(option.help)
    if option.positional:
        label = option.names[0]
        if option.repeated:
            return zsh_quote(f"*:{label}:_files")
        prefix = ":" if option.required or not option.default else "::"
        return zsh_quote(f"{prefix}{label}:_files")
    names = option.names
    exclusive = "" if option.repeated else f"({' '.join(names)})"
    star = "*" if option.repeated else ""
    if option.long in ("--help", "--version"):
        exclusive = "(- *)"
    value = ""
    if option.value:
        value = f":{option.value.lower()}:{zsh_action(command, option)}"
    if len(names) == 1:
        return zsh_quote(f"{exclusive}{star}{names[0]}[{help_text}]{value}")
    return (zsh_quote(f"{exclusive}{star}") + "{" + ",".join(names) + "}" +
            zsh_quote(f"[{help_text}]{value}"))


ZSH_HEAD = r'''#compdef rawi
# zsh completion for rawi. Generated from rawi's --help by packaging/cli_docs.py: do not edit.

# Voice profiles: the names of the *.json files in rawi's voices folder (util/data_dir.h), or a
# path to one.
_rawi_voices() {
  local dir exe
  if [[ -n $RAWI_DATA_DIR ]]; then
    dir=$RAWI_DATA_DIR
  elif exe=${commands[${words[1]}]:-${words[1]}}; [[ -x $exe ]]; then
    exe=${exe:A}
    dir=${exe:h}/../share/rawi/voices
    [[ -d $dir ]] || dir=${${(M)${(f)"$($exe --version 2>/dev/null)"}:#voices: *}#voices: }
  fi
  local -a names
  names=($dir/*.json(N:t:r))
  _alternative "voices:voice profile:compadd -a names" 'files:profile file:_files -g "*.json"'
}

_rawi() {
  local curcontext=$curcontext state line ret=1
  local -a rawi_commands
  rawi_commands=(
'''


def zsh_completion(top, commands):
    out = [ZSH_HEAD]
    for name, description in top.subcommands:
        out.append(f"    {zsh_quote(name + ':' + description)}\n")
    out.append("  )\n  _arguments -C \\\n")
    for option in top.options:
        out.append(f"    {zsh_spec(top, option)} \\\n")
    out.append("    '1: :->command' '*:: :->args' && ret=0\n")
    out.append("  case $state in\n")
    out.append("    command) _describe -t commands 'rawi command' rawi_commands && ret=0 ;;\n")
    out.append("    args)\n      case $words[1] in\n")
    for command in commands:
        out.append(f"        {command.name})\n          _arguments \\\n")
        specs = [zsh_spec(command, o) for o in command.options]
        out.append("".join(f"            {s} \\\n" for s in specs[:-1]))
        out.append(f"            {specs[-1]} && ret=0 ;;\n")
    out.append("      esac ;;\n  esac\n  return ret\n}\n\n_rawi \"$@\"\n")
    return "".join(out)


def default_date():
    """SOURCE_DATE_EPOCH's day, else the last commit's, else today: the same page every build."""
    import datetime
    if os.environ.get("SOURCE_DATE_EPOCH"):
        stamp = datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]),
                                                datetime.timezone.utc)
        return stamp.strftime("%Y-%m-%d")
    source = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        return subprocess.run(["git", "-C", source, "log", "-1", "--format=%cs"], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return datetime.date.today().isoformat()


def main(argv):
    args = argv[1:]
    extra, date = "", None
    if "--extra" in args:
        i = args.index("--extra")
        with open(args[i + 1], encoding="utf-8") as f:
            extra = f.read()
        del args[i:i + 2]
    if "--date" in args:
        i = args.index("--date")
        date = args[i + 1]
        del args[i:i + 2]
    if len(args) != 4 or args[2] not in ("man", "bash", "zsh"):
        sys.exit(__doc__.split("\n\n")[1])
    rawi, voices, kind, output = args
    top, commands = read_cli(rawi, voices)
    if kind == "man":
        env = dict(os.environ, RAWI_DATA_DIR=voices)
        version = subprocess.run([rawi, "--version"], env=env, check=True, capture_output=True,
                                 text=True).stdout.split("\n")[0].split(" ", 1)[1]
        text = man_page(top, commands, version, date or default_date(), extra)
    elif kind == "bash":
        text = bash_completion(top, commands)
    else:
        text = zsh_completion(top, commands)
    with open(output + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(output + ".tmp", output)


if __name__ == "__main__":
    main(sys.argv)
