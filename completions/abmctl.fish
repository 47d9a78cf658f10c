# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_abmctl_global_optspecs
    string join \n ledger= org= o/output= color= q/quiet v/verbose no-input h/help V/version
end

function __fish_abmctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_abmctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_abmctl_using_subcommand
    set -l cmd (__fish_abmctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c abmctl -n "__fish_abmctl_needs_command" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_needs_command" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_needs_command" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_needs_command" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_needs_command" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_needs_command" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_needs_command" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_needs_command" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "init" -d 'Create a ledger: a new, empty organisation'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "org" -d 'Show or rename the organisation, or list the organisations under --org'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "supplier" -d 'Link and unlink suppliers (Step 1)'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "mdm" -d 'Manage device management services (Step 2)'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "import" -d 'Import devices from a supplier order file (Step 3)'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "device" -d 'Add, list and show devices'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "assign" -d 'Assign devices to a device management service (Step 4)'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "reassign" -d 'Move devices to a service, whatever their current assignment'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "unassign" -d 'Take devices off their device management service'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "release" -d 'Release devices from the organisation for good'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "enroll" -d 'Record that devices enrolled in their service (Step 5)'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "unenroll" -d 'Record that a device left device management (a personal device leaves the organisation)'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "account" -d 'Managed Apple Accounts: the users of account-driven enrollment'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "domain" -d 'The organisation\'s domains: add, verify by DNS, and service discovery'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "discovery" -d 'Serve the service discovery document of account-driven enrollment over HTTP'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "sandbox" -d 'Serve an Apple Business API sandbox on loopback, backed by a ledger'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "remote" -d 'The Apple Business API account this ledger syncs with'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "sync" -d 'Send queued changes to Apple Business, then mirror it into the ledger'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "report" -d 'Report on the fleet: summary (the default), unassigned, orders, suppliers, tokens, enrollment, sync'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "export" -d 'Export the device list in the Apple Business portal\'s CSV columns (-o json is refused)'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "activity" -d 'Read the activity log'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "demo" -d 'Run the workflow on a sample organisation in a temporary ledger'
complete -c abmctl -n "__fish_abmctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -l name -d 'The organisation\'s name' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -f -a "show" -d 'Show the organisation\'s name, Organization ID, creation date and ledger file'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -f -a "set" -d 'Rename the organisation'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -f -a "list" -d 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and not __fish_seen_subcommand_from show set list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l name -d 'The organisation\'s new name' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the organisation\'s name, Organization ID, creation date and ledger file'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "set" -d 'Rename the organisation'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)'
complete -c abmctl -n "__fish_abmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -f -a "link" -d 'Link an Apple Customer Number or a Reseller Number'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -f -a "list" -d 'List the linked suppliers'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -f -a "set" -d 'Change a linked supplier\'s label'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -f -a "unlink" -d 'Unlink a supplier: no further orders arrive from it; its devices stay'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and not __fish_seen_subcommand_from link list set unlink help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -l customer-number -d 'An Apple Customer Number (leading zeros are dropped, as Apple asks)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -l reseller-number -d 'A Reseller Number (an Apple Authorised Reseller, or a carrier with --carrier)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -l name -d 'A label for the supplier' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -l carrier -d 'The reseller is a cellular carrier'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -l kind -d 'Which kind of number ID is, when the same number is linked as both' -r -f -a "apple\t'An Apple Customer Number'
reseller\t'A Reseller Number'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -l name -d 'The new label (empty clears it)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -l kind -d 'Which kind of number ID is, when the same number is linked as both' -r -f -a "apple\t'An Apple Customer Number'
reseller\t'A Reseller Number'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link an Apple Customer Number or a Reseller Number'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the linked suppliers'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a linked supplier\'s label'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Unlink a supplier: no further orders arrive from it; its devices stay'
complete -c abmctl -n "__fish_abmctl_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "link" -d 'Link a device management service'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "list" -d 'List the services, with their device counts and token expiry'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "show" -d 'Show one service'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "rename" -d 'Rename a service'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "set" -d 'Change a service\'s certificate, enrollment URL or release permission'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "unlink" -d 'Unlink a service that has no devices assigned'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "token" -d 'Record a new server token for a service (tokens expire after one year)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "default" -d 'Default assignment: which service each product family\'s new devices go to'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and not __fish_seen_subcommand_from link list show rename set unlink token default help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -l certificate -d 'The service\'s public-key certificate, PEM or DER (X.509), from the MDM vendor' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -l enrollment-url -d 'The service\'s enrollment URL (https)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -l no-release -d 'Do not allow this service to release devices (allowed by default, as in Apple Business)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -l certificate -d 'A new public-key certificate, PEM or DER (X.509)' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -l enrollment-url -d 'A new enrollment URL (https)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -l release -d 'Whether the service may release devices' -r -f -a "on\t'Allowed'
off\t'Not allowed'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -l no-enrollment-url -d 'Remove the enrollment URL'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -l reassign-to -d 'Move its devices to this service first' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -l unassign -d 'Unassign its devices first'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -l dry-run -d 'Report what would happen without changing the ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -l issued -d 'When the token was issued (RFC 3339 or YYYY-MM-DD; default: now). It expires a year later' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -f -a "list" -d 'List each family\'s default service'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -f -a "set" -d 'Make a service the default of a family (replacing any other: one per family)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -f -a "unset" -d 'Remove a family\'s default'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from default" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link a device management service'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the services, with their device counts and token expiry'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one service'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a service'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a service\'s certificate, enrollment URL or release permission'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Unlink a service that has no devices assigned'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "token" -d 'Record a new server token for a service (tokens expire after one year)'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "default" -d 'Default assignment: which service each product family\'s new devices go to'
complete -c abmctl -n "__fish_abmctl_using_subcommand mdm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -l format -d 'The file\'s format' -r -f -a "auto\t'Detect from the first bytes and the header row'
csv\t'A header row of Apple attribute names (serialNumber, productFamily, …)'
abm-export\t'The Apple Business web portal\'s device export (SERIAL_NO, PRODUCT_FAMILY, …)'
api-json\t'A saved `GET /v1/orgDevices` response page, or a JSON array of pages'"
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -l skip-invalid -d 'Import the valid rows and skip invalid ones (exit 3) instead of refusing the file'
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -l dry-run -d 'Report what would happen without changing the ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -l no-assignments -d 'With an Apple Business export (abm-export): ignore its STATUS, dates and MDM_SERVER, and let devices arrive as from an order (default: adopt them as the export says)'
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand import" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -f -a "add" -d 'Add a device with Apple Configurator (not for Apple Watch)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -f -a "list" -d 'List devices (every status but PENDING unless --status says otherwise)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -f -a "show" -d 'Show one device'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -f -a "remove" -d 'Remove a device added with Apple Configurator, within its provisional period'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and not __fish_seen_subcommand_from add list show remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l family -d 'Product family (any case; Apple Watch cannot be added by hand)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l model -d 'Marketing model name (deviceModel)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l product-type -d 'Model identifier such as iPhone14,3 (productType)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l capacity -d 'Storage capacity, e.g. 256GB' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l device-color -d 'Colour, e.g. SILVER (`--color` is the global colour-output option)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l part-number -d 'Part number' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l imei -d 'IMEI (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l meid -d 'MEID (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l eid -d 'eSIM EID' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l wifi-mac -d 'Wi-Fi MAC address' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l bluetooth-mac -d 'Bluetooth MAC address' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l ethernet-mac -d 'Ethernet MAC address (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l dry-run -d 'Report what would happen without changing the ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l family -d 'Only this product family (can be repeated)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l status -d 'Only this status: pending, unassigned, assigned, released (can be repeated)' -r -f -a "PENDING\t''
UNASSIGNED\t''
ASSIGNED\t''
RELEASED\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l service -d 'Only devices assigned to this service (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l order -d 'Only devices of this order number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l supplier -d 'Only devices from this supplier\'s number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l serial -d 'Only this serial number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l enrolled -d 'Enrollment: yes, no or stale' -r -f -a "yes\t'Enrolled in the service the device is assigned to'
no\t'Not enrolled'
stale\t'Enrolled in a service it has since been moved away from (re-enrollment required)'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l personal -d 'Personal (BYOD, account-driven User Enrollment) devices only (yes), or organisation devices only (no)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l added-since -d 'Only devices added to the organisation on or after DATE (RFC 3339 or YYYY-MM-DD)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l limit -d 'At most N devices' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a device with Apple Configurator (not for Apple Watch)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "list" -d 'List devices (every status but PENDING unless --status says otherwise)'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one device'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a device added with Apple Configurator, within its provisional period'
complete -c abmctl -n "__fish_abmctl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l file -d 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l order -d 'The devices of this order number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l family -d 'Only devices of this product family (can be repeated)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l supplier -d 'Only devices from this supplier\'s number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l service -d 'Only devices assigned to this service (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l to -d 'The service to assign the devices to' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l apply-defaults -d 'Assign each device to its family\'s default service (`mdm default set`); with no selector, every unassigned device that has one'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l skip-invalid -d 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l push -d 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand assign" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l file -d 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l order -d 'The devices of this order number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l family -d 'Only devices of this product family (can be repeated)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l supplier -d 'Only devices from this supplier\'s number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l service -d 'Only devices assigned to this service (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l to -d 'The service the devices go to' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l skip-invalid -d 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l push -d 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`'
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand reassign" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l file -d 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l order -d 'The devices of this order number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l family -d 'Only devices of this product family (can be repeated)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l supplier -d 'Only devices from this supplier\'s number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l service -d 'Only devices assigned to this service (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l skip-invalid -d 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l push -d 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`'
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand unassign" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l file -d 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l order -d 'The devices of this order number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l family -d 'Only devices of this product family (can be repeated)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l supplier -d 'Only devices from this supplier\'s number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l service -d 'Only devices assigned to this service (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -s y -l yes -d 'Release without asking (needed when stdin is not a terminal)'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l skip-invalid -d 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l push -d 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand release" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l file -d 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l order -d 'The devices of this order number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l family -d 'Only devices of this product family (can be repeated)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l supplier -d 'Only devices from this supplier\'s number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l service -d 'Only devices assigned to this service (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l method -d 'How the device enrolled: automated (Automated Device Enrollment, the default; the device must be assigned), user (profile-based), account-device (account-driven Device Enrollment) or account-user (account-driven User Enrollment of a personal device)' -r -f -a "automated\t''
user\t''
account-device\t''
account-user\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l user -d 'Who enrolled it: the Managed Apple Account (needed by account-device and account-user; its domain must be verified)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l to -d 'The service it enrolled in: for automated, the service the devices must be assigned to; otherwise the service a device new to the organisation goes to' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l skip-invalid -d 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand enroll" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand unenroll" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -f -a "add" -d 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -f -a "import" -d 'Add many accounts from a CSV file, all or nothing'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -f -a "list" -d 'List the accounts, with their service and personal devices'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -f -a "remove" -d 'Remove an account (refused while personal devices are enrolled with it)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and not __fish_seen_subcommand_from add import list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -l name -d 'The person\'s name' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -l service -d 'The service this account\'s account-driven enrollments go to (default: each device family\'s default service)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -l enrollment -d 'What service discovery offers this account: user (account-driven User Enrollment of personal devices, the default for a new account) or device (account-driven Device Enrollment)' -r -f -a "user\t''
device\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add many accounts from a CSV file, all or nothing'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the accounts, with their service and personal devices'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an account (refused while personal devices are enrolled with it)'
complete -c abmctl -n "__fish_abmctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -f -a "add" -d 'Add a domain and print the TXT record that verifies it (within 14 days)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -f -a "verify" -d 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -f -a "list" -d 'List the domains: status, TXT record, deadline, accounts'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -f -a "remove" -d 'Remove a domain (not the reserved one, nor one that accounts use)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -f -a "set" -d 'Change a verified domain\'s settings'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -f -a "discovery" -d 'Print the service discovery document a domain must serve for a user and device family'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and not __fish_seen_subcommand_from add verify list remove set discovery help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -l nameserver -d 'Ask this nameserver (IP or IP:PORT, port 53 by default) instead of the system resolver' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -l dry-run -d 'Query and report what would happen without changing the ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -l alternate-discovery -d 'Whether a device whose discovery request fails (HTTP 404) asks Apple instead, which redirects it to the URL the device management service registered with Apple (iOS 18.2, macOS 15.2 and later); off for a newly verified domain, always on for the reserved domain' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -l dry-run -d 'Report what would happen without changing the ledger (same checks, same result)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -l user -d 'The user signing in (`user-identifier`): a Managed Apple Account on the domain' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -l family -d 'The device\'s family (`model-family`; Apple\'s RealityDevice is Vision)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from discovery" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a domain and print the TXT record that verifies it (within 14 days)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the domains: status, TXT record, deadline, accounts'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a domain (not the reserved one, nor one that accounts use)'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a verified domain\'s settings'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "discovery" -d 'Print the service discovery document a domain must serve for a user and device family'
complete -c abmctl -n "__fish_abmctl_using_subcommand domain; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -l listen -d 'The address to listen on (port 0 picks a free one)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -l allow-remote -d 'Allow an address that is not loopback (put a TLS proxy in front of it: Apple\'s devices fetch the document over HTTPS)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand discovery; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l listen -d 'The address to listen on (port 0 picks a free one)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l scope -d 'The API scope served' -r -f -a "business\t'Apple Business (`business.api`)'
school\t'Apple School Manager (`school.api`)'"
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l activity-delay -d 'How long an orgDeviceActivity takes from SUBMITTED to COMPLETED, in milliseconds' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fault-seed -d 'Faults: the seed of every random fault, so a run can be repeated' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l rate-limit-get -d 'Allow N GET requests a minute; more are answered 429 with Retry-After (seconds)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l rate-limit-post -d 'Allow N POST requests an hour; more are answered 429 with Retry-After (seconds)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l rate-limit-token -d 'Allow N token requests an hour; more are answered 400 (invalid_request), as Apple does' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l error-rate -d 'Answer this share of API requests (0 to 1) with 500' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency -d 'Add this many milliseconds to every response' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l truncate-rate -d 'Cut this share of JSON bodies (0 to 1) in half' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l malformed-rate -d 'Make this share of JSON bodies (0 to 1) invalid JSON' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l token-lifetime -d 'Let access tokens die after SECS, though they still announce 3600' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l activity-error-rate -d 'Fail this share (0 to 1) of each activity\'s devices: COMPLETED_WITH_FAILURE or _ERROR' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l drop-rate -d 'Close this share (0 to 1) of connections without a response, mid-request' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l devices -d 'Make a new ledger holding an organisation of N made-up devices first' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'The seed of --devices: the same N and seed make the same organisation' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l allow-remote -d 'Allow a --listen address other than loopback (the sandbox has no TLS)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l apple-limits -d 'The limits observed at Apple: 20 GET a minute, 10 POST an hour, 20 tokens an hour'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l repeat-cursor -d 'Once, hand back a device page\'s own cursor as its nextCursor (the page repeats)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync'
complete -c abmctl -n "__fish_abmctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -f -a "set" -d 'Set the API account to sync with (replaces any other)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -f -a "show" -d 'Show the remote (never a secret): account, key file, URLs, token and sync state'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -f -a "test" -d 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -f -a "unset" -d 'Forget the remote and its cached token (queued changes stay queued)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and not __fish_seen_subcommand_from set show test unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l client-id -d 'The API account\'s client id (`BUSINESSAPI.…`)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l key-id -d 'The key id of its private key' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l private-key -d 'The P-256 private key file Apple gave (SEC1 or PKCS#8 PEM), readable by its owner only' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l scope -d 'Apple Business or Apple School Manager' -r -f -a "business\t'Apple Business (`business.api`)'
school\t'Apple School Manager (`school.api`)'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l base-url -d 'The API origin [default: https://api-business.apple.com, or -school for --scope school]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l token-url -d 'The token endpoint [default: Apple\'s for Apple\'s hosts, <base-url>/auth/oauth2/token for any other]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the API account to sync with (replaces any other)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the remote (never a secret): account, key file, URLs, token and sync state'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "test" -d 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Forget the remote and its cached token (queued changes stay queued)'
complete -c abmctl -n "__fish_abmctl_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l max-wait -d 'Give up (exit 4, state saved) after waiting this long in all for rate limits, retries and activities' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l max-rps -d 'Send at most R requests a second (0: no pace) [default: 0.33 on Apple\'s hosts, about Apple\'s observed 20 a minute; no pace elsewhere]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l pull-only -d 'Only read Apple Business into the ledger; send nothing'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l push-only -d 'Only send the queued changes (and verify them); read nothing else'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l full -d 'Start the pull over, abandoning one an interrupted sync left unfinished'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l dry-run -d 'Read Apple Business and say what would be sent and changed; change nothing anywhere'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand sync" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -f -a "summary" -d 'Devices counted by status, product family and service'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -f -a "unassigned" -d 'Unassigned devices, oldest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -f -a "orders" -d 'Assignment progress of each order, newest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -f -a "suppliers" -d 'Assignment progress of each supplier, linked or not'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -f -a "tokens" -d 'Services whose server token expires soon (exit 1 with --check when any do)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -f -a "enrollment" -d 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -f -a "sync" -d 'The last sync: when, how it ended, and what is still pending'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and not __fish_seen_subcommand_from summary unassigned orders suppliers tokens enrollment sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from summary" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -l family -d 'Only this product family (can be repeated)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -l limit -d 'At most N devices' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from unassigned" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from orders" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from suppliers" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -l within -d 'Report tokens expiring within this many days (expired ones included)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -l check -d 'Exit 1 when any token is reported (for cron and monitoring)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from tokens" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from enrollment" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Devices counted by status, product family and service'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "unassigned" -d 'Unassigned devices, oldest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "orders" -d 'Assignment progress of each order, newest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "suppliers" -d 'Assignment progress of each supplier, linked or not'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "tokens" -d 'Services whose server token expires soon (exit 1 with --check when any do)'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "enrollment" -d 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "sync" -d 'The last sync: when, how it ended, and what is still pending'
complete -c abmctl -n "__fish_abmctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l family -d 'Only this product family (can be repeated)' -r -f -a "iPhone\t''
iPad\t''
Mac\t''
AppleTV\t''
Watch\t''
Vision\t''
iPod\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l status -d 'Only this status: pending, unassigned, assigned, released (can be repeated)' -r -f -a "PENDING\t''
UNASSIGNED\t''
ASSIGNED\t''
RELEASED\t''"
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l service -d 'Only devices assigned to this service (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l order -d 'Only devices of this order number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l supplier -d 'Only devices from this supplier\'s number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l serial -d 'Only this serial number (can be repeated)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l enrolled -d 'Enrollment: yes, no or stale' -r -f -a "yes\t'Enrolled in the service the device is assigned to'
no\t'Not enrolled'
stale\t'Enrolled in a service it has since been moved away from (re-enrollment required)'"
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l personal -d 'Personal (BYOD, account-driven User Enrollment) devices only (yes), or organisation devices only (no)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l added-since -d 'Only devices added to the organisation on or after DATE (RFC 3339 or YYYY-MM-DD)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l limit -d 'At most N devices' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand export" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List activities, newest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one activity with its per-device results'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -l since -d 'Only activities at or after this time (RFC 3339 or YYYY-MM-DD)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -l action -d 'Only this action (import, supplier.link, mdm.link, device.add, …)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -l serial -d 'Only activities that added, changed or skipped this serial number (re-imports that found it unchanged are left out)' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -l limit -d 'At most N activities' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "list" -d 'List activities, newest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one activity with its per-device results'
complete -c abmctl -n "__fish_abmctl_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -l keep -d 'Keep the demo ledger in this folder instead of a temporary one' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -l ledger -d 'Ledger file to use [env: ABMCTL_LEDGER]' -r -F
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -l org -d 'Use organisation NAME\'s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]' -r
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -s o -l output -d 'Format of the data printed on stdout' -r -f -a "table\t'Aligned table for people (the default): a few columns, long cells cut to the width'
wide\t'Aligned table of every column (the fields of json and csv), nothing cut'
json\t'One JSON document: an array for lists, an object for one record'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row, then one row per record'"
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)' -r -f -a "auto\t'Colour when stderr is a terminal and neither NO_COLOR nor TERM=dumb say otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -s q -l quiet -d 'Print no status lines or warnings (data and errors still print)'
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -s v -l verbose -d 'Print more detail on stderr (can be repeated)'
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -l no-input -d 'Never prompt; a command that needs confirmation fails instead (exit 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c abmctl -n "__fish_abmctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "init" -d 'Create a ledger: a new, empty organisation'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "org" -d 'Show or rename the organisation, or list the organisations under --org'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "supplier" -d 'Link and unlink suppliers (Step 1)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "mdm" -d 'Manage device management services (Step 2)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "import" -d 'Import devices from a supplier order file (Step 3)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "device" -d 'Add, list and show devices'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "assign" -d 'Assign devices to a device management service (Step 4)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "reassign" -d 'Move devices to a service, whatever their current assignment'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "unassign" -d 'Take devices off their device management service'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "release" -d 'Release devices from the organisation for good'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "enroll" -d 'Record that devices enrolled in their service (Step 5)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "unenroll" -d 'Record that a device left device management (a personal device leaves the organisation)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "account" -d 'Managed Apple Accounts: the users of account-driven enrollment'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "domain" -d 'The organisation\'s domains: add, verify by DNS, and service discovery'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "discovery" -d 'Serve the service discovery document of account-driven enrollment over HTTP'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "sandbox" -d 'Serve an Apple Business API sandbox on loopback, backed by a ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "remote" -d 'The Apple Business API account this ledger syncs with'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "sync" -d 'Send queued changes to Apple Business, then mirror it into the ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "report" -d 'Report on the fleet: summary (the default), unassigned, orders, suppliers, tokens, enrollment, sync'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "export" -d 'Export the device list in the Apple Business portal\'s CSV columns (-o json is refused)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "activity" -d 'Read the activity log'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "completions" -d 'Print a shell completion script'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "demo" -d 'Run the workflow on a sample organisation in a temporary ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and not __fish_seen_subcommand_from init org supplier mdm import device assign reassign unassign release enroll unenroll account domain discovery sandbox remote sync report export activity completions demo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show the organisation\'s name, Organization ID, creation date and ledger file'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "set" -d 'Rename the organisation'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "link" -d 'Link an Apple Customer Number or a Reseller Number'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "list" -d 'List the linked suppliers'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "set" -d 'Change a linked supplier\'s label'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "unlink" -d 'Unlink a supplier: no further orders arrive from it; its devices stay'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from mdm" -f -a "link" -d 'Link a device management service'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from mdm" -f -a "list" -d 'List the services, with their device counts and token expiry'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from mdm" -f -a "show" -d 'Show one service'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from mdm" -f -a "rename" -d 'Rename a service'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from mdm" -f -a "set" -d 'Change a service\'s certificate, enrollment URL or release permission'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from mdm" -f -a "unlink" -d 'Unlink a service that has no devices assigned'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from mdm" -f -a "token" -d 'Record a new server token for a service (tokens expire after one year)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from mdm" -f -a "default" -d 'Default assignment: which service each product family\'s new devices go to'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "add" -d 'Add a device with Apple Configurator (not for Apple Watch)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "list" -d 'List devices (every status but PENDING unless --status says otherwise)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "show" -d 'Show one device'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "remove" -d 'Remove a device added with Apple Configurator, within its provisional period'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "add" -d 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "import" -d 'Add many accounts from a CSV file, all or nothing'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List the accounts, with their service and personal devices'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "remove" -d 'Remove an account (refused while personal devices are enrolled with it)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "add" -d 'Add a domain and print the TXT record that verifies it (within 14 days)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "verify" -d 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "list" -d 'List the domains: status, TXT record, deadline, accounts'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "remove" -d 'Remove a domain (not the reserved one, nor one that accounts use)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "set" -d 'Change a verified domain\'s settings'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from domain" -f -a "discovery" -d 'Print the service discovery document a domain must serve for a user and device family'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from discovery" -f -a "serve" -d 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "set" -d 'Set the API account to sync with (replaces any other)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "show" -d 'Show the remote (never a secret): account, key file, URLs, token and sync state'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "test" -d 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "unset" -d 'Forget the remote and its cached token (queued changes stay queued)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "summary" -d 'Devices counted by status, product family and service'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "unassigned" -d 'Unassigned devices, oldest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "orders" -d 'Assignment progress of each order, newest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "suppliers" -d 'Assignment progress of each supplier, linked or not'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "tokens" -d 'Services whose server token expires soon (exit 1 with --check when any do)'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "enrollment" -d 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "sync" -d 'The last sync: when, how it ended, and what is still pending'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "list" -d 'List activities, newest first'
complete -c abmctl -n "__fish_abmctl_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "show" -d 'Show one activity with its per-device results'
