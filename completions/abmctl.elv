
use builtin;
use str;

set edit:completion:arg-completer[abmctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'abmctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'abmctl'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a ledger: a new, empty organisation'
            cand org 'Show or rename the organisation, or list the organisations under --org'
            cand supplier 'Link and unlink suppliers (Step 1)'
            cand mdm 'Manage device management services (Step 2)'
            cand import 'Import devices from a supplier order file (Step 3)'
            cand device 'Add, list and show devices'
            cand assign 'Assign devices to a device management service (Step 4)'
            cand reassign 'Move devices to a service, whatever their current assignment'
            cand unassign 'Take devices off their device management service'
            cand release 'Release devices from the organisation for good'
            cand enroll 'Record that devices enrolled in their service (Step 5)'
            cand unenroll 'Record that a device left device management (a personal device leaves the organisation)'
            cand account 'Managed Apple Accounts: the users of account-driven enrollment'
            cand domain 'The organisation''s domains: add, verify by DNS, and service discovery'
            cand discovery 'Serve the service discovery document of account-driven enrollment over HTTP'
            cand sandbox 'Serve an Apple Business API sandbox on loopback, backed by a ledger'
            cand remote 'The Apple Business API account this ledger syncs with'
            cand sync 'Send queued changes to Apple Business, then mirror it into the ledger'
            cand report 'Report on the fleet: summary (the default), unassigned, orders, suppliers, tokens, enrollment, sync'
            cand export 'Export the device list in the Apple Business portal''s CSV columns (-o json is refused)'
            cand activity 'Read the activity log'
            cand completions 'Print a shell completion script'
            cand demo 'Run the workflow on a sample organisation in a temporary ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;init'= {
            cand --name 'The organisation''s name'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;org'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the organisation''s name, Organization ID, creation date and ledger file'
            cand set 'Rename the organisation'
            cand list 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;org;show'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;org;set'= {
            cand --name 'The organisation''s new name'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;org;list'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;org;help'= {
            cand show 'Show the organisation''s name, Organization ID, creation date and ledger file'
            cand set 'Rename the organisation'
            cand list 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;org;help;show'= {
        }
        &'abmctl;org;help;set'= {
        }
        &'abmctl;org;help;list'= {
        }
        &'abmctl;org;help;help'= {
        }
        &'abmctl;supplier'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand link 'Link an Apple Customer Number or a Reseller Number'
            cand list 'List the linked suppliers'
            cand set 'Change a linked supplier''s label'
            cand unlink 'Unlink a supplier: no further orders arrive from it; its devices stay'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;supplier;link'= {
            cand --customer-number 'An Apple Customer Number (leading zeros are dropped, as Apple asks)'
            cand --reseller-number 'A Reseller Number (an Apple Authorised Reseller, or a carrier with --carrier)'
            cand --name 'A label for the supplier'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --carrier 'The reseller is a cellular carrier'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;supplier;list'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;supplier;set'= {
            cand --kind 'Which kind of number ID is, when the same number is linked as both'
            cand --name 'The new label (empty clears it)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;supplier;unlink'= {
            cand --kind 'Which kind of number ID is, when the same number is linked as both'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;supplier;help'= {
            cand link 'Link an Apple Customer Number or a Reseller Number'
            cand list 'List the linked suppliers'
            cand set 'Change a linked supplier''s label'
            cand unlink 'Unlink a supplier: no further orders arrive from it; its devices stay'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;supplier;help;link'= {
        }
        &'abmctl;supplier;help;list'= {
        }
        &'abmctl;supplier;help;set'= {
        }
        &'abmctl;supplier;help;unlink'= {
        }
        &'abmctl;supplier;help;help'= {
        }
        &'abmctl;mdm'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand link 'Link a device management service'
            cand list 'List the services, with their device counts and token expiry'
            cand show 'Show one service'
            cand rename 'Rename a service'
            cand set 'Change a service''s certificate, enrollment URL or release permission'
            cand unlink 'Unlink a service that has no devices assigned'
            cand token 'Record a new server token for a service (tokens expire after one year)'
            cand default 'Default assignment: which service each product family''s new devices go to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;mdm;link'= {
            cand --certificate 'The service''s public-key certificate, PEM or DER (X.509), from the MDM vendor'
            cand --enrollment-url 'The service''s enrollment URL (https)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --no-release 'Do not allow this service to release devices (allowed by default, as in Apple Business)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;list'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;show'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;rename'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;set'= {
            cand --certificate 'A new public-key certificate, PEM or DER (X.509)'
            cand --enrollment-url 'A new enrollment URL (https)'
            cand --release 'Whether the service may release devices'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --no-enrollment-url 'Remove the enrollment URL'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;unlink'= {
            cand --reassign-to 'Move its devices to this service first'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --unassign 'Unassign its devices first'
            cand --dry-run 'Report what would happen without changing the ledger'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;token'= {
            cand --issued 'When the token was issued (RFC 3339 or YYYY-MM-DD; default: now). It expires a year later'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;default'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List each family''s default service'
            cand set 'Make a service the default of a family (replacing any other: one per family)'
            cand unset 'Remove a family''s default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;mdm;default;list'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;default;set'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;default;unset'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;mdm;default;help'= {
            cand list 'List each family''s default service'
            cand set 'Make a service the default of a family (replacing any other: one per family)'
            cand unset 'Remove a family''s default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;mdm;default;help;list'= {
        }
        &'abmctl;mdm;default;help;set'= {
        }
        &'abmctl;mdm;default;help;unset'= {
        }
        &'abmctl;mdm;default;help;help'= {
        }
        &'abmctl;mdm;help'= {
            cand link 'Link a device management service'
            cand list 'List the services, with their device counts and token expiry'
            cand show 'Show one service'
            cand rename 'Rename a service'
            cand set 'Change a service''s certificate, enrollment URL or release permission'
            cand unlink 'Unlink a service that has no devices assigned'
            cand token 'Record a new server token for a service (tokens expire after one year)'
            cand default 'Default assignment: which service each product family''s new devices go to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;mdm;help;link'= {
        }
        &'abmctl;mdm;help;list'= {
        }
        &'abmctl;mdm;help;show'= {
        }
        &'abmctl;mdm;help;rename'= {
        }
        &'abmctl;mdm;help;set'= {
        }
        &'abmctl;mdm;help;unlink'= {
        }
        &'abmctl;mdm;help;token'= {
        }
        &'abmctl;mdm;help;default'= {
            cand list 'List each family''s default service'
            cand set 'Make a service the default of a family (replacing any other: one per family)'
            cand unset 'Remove a family''s default'
        }
        &'abmctl;mdm;help;default;list'= {
        }
        &'abmctl;mdm;help;default;set'= {
        }
        &'abmctl;mdm;help;default;unset'= {
        }
        &'abmctl;mdm;help;help'= {
        }
        &'abmctl;import'= {
            cand --format 'The file''s format'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --skip-invalid 'Import the valid rows and skip invalid ones (exit 3) instead of refusing the file'
            cand --dry-run 'Report what would happen without changing the ledger'
            cand --no-assignments 'With an Apple Business export (abm-export): ignore its STATUS, dates and MDM_SERVER, and let devices arrive as from an order (default: adopt them as the export says)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;device'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a device with Apple Configurator (not for Apple Watch)'
            cand list 'List devices (every status but PENDING unless --status says otherwise)'
            cand show 'Show one device'
            cand remove 'Remove a device added with Apple Configurator, within its provisional period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;device;add'= {
            cand --family 'Product family (any case; Apple Watch cannot be added by hand)'
            cand --model 'Marketing model name (deviceModel)'
            cand --product-type 'Model identifier such as iPhone14,3 (productType)'
            cand --capacity 'Storage capacity, e.g. 256GB'
            cand --device-color 'Colour, e.g. SILVER (`--color` is the global colour-output option)'
            cand --part-number 'Part number'
            cand --imei 'IMEI (can be repeated)'
            cand --meid 'MEID (can be repeated)'
            cand --eid 'eSIM EID'
            cand --wifi-mac 'Wi-Fi MAC address'
            cand --bluetooth-mac 'Bluetooth MAC address'
            cand --ethernet-mac 'Ethernet MAC address (can be repeated)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;device;list'= {
            cand --family 'Only this product family (can be repeated)'
            cand --status 'Only this status: pending, unassigned, assigned, released (can be repeated)'
            cand --service 'Only devices assigned to this service (can be repeated)'
            cand --order 'Only devices of this order number (can be repeated)'
            cand --supplier 'Only devices from this supplier''s number (can be repeated)'
            cand --serial 'Only this serial number (can be repeated)'
            cand --enrolled 'Enrollment: yes, no or stale'
            cand --personal 'Personal (BYOD, account-driven User Enrollment) devices only (yes), or organisation devices only (no)'
            cand --added-since 'Only devices added to the organisation on or after DATE (RFC 3339 or YYYY-MM-DD)'
            cand --limit 'At most N devices'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;device;show'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;device;remove'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;device;help'= {
            cand add 'Add a device with Apple Configurator (not for Apple Watch)'
            cand list 'List devices (every status but PENDING unless --status says otherwise)'
            cand show 'Show one device'
            cand remove 'Remove a device added with Apple Configurator, within its provisional period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;device;help;add'= {
        }
        &'abmctl;device;help;list'= {
        }
        &'abmctl;device;help;show'= {
        }
        &'abmctl;device;help;remove'= {
        }
        &'abmctl;device;help;help'= {
        }
        &'abmctl;assign'= {
            cand --file 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column'
            cand --order 'The devices of this order number (can be repeated)'
            cand --family 'Only devices of this product family (can be repeated)'
            cand --supplier 'Only devices from this supplier''s number (can be repeated)'
            cand --service 'Only devices assigned to this service (can be repeated)'
            cand --to 'The service to assign the devices to'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --apply-defaults 'Assign each device to its family''s default service (`mdm default set`); with no selector, every unassigned device that has one'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand --skip-invalid 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
            cand --push 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;reassign'= {
            cand --file 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column'
            cand --order 'The devices of this order number (can be repeated)'
            cand --family 'Only devices of this product family (can be repeated)'
            cand --supplier 'Only devices from this supplier''s number (can be repeated)'
            cand --service 'Only devices assigned to this service (can be repeated)'
            cand --to 'The service the devices go to'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand --skip-invalid 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
            cand --push 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;unassign'= {
            cand --file 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column'
            cand --order 'The devices of this order number (can be repeated)'
            cand --family 'Only devices of this product family (can be repeated)'
            cand --supplier 'Only devices from this supplier''s number (can be repeated)'
            cand --service 'Only devices assigned to this service (can be repeated)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand --skip-invalid 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
            cand --push 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;release'= {
            cand --file 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column'
            cand --order 'The devices of this order number (can be repeated)'
            cand --family 'Only devices of this product family (can be repeated)'
            cand --supplier 'Only devices from this supplier''s number (can be repeated)'
            cand --service 'Only devices assigned to this service (can be repeated)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -y 'Release without asking (needed when stdin is not a terminal)'
            cand --yes 'Release without asking (needed when stdin is not a terminal)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand --skip-invalid 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
            cand --push 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;enroll'= {
            cand --file 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column'
            cand --order 'The devices of this order number (can be repeated)'
            cand --family 'Only devices of this product family (can be repeated)'
            cand --supplier 'Only devices from this supplier''s number (can be repeated)'
            cand --service 'Only devices assigned to this service (can be repeated)'
            cand --method 'How the device enrolled: automated (Automated Device Enrollment, the default; the device must be assigned), user (profile-based), account-device (account-driven Device Enrollment) or account-user (account-driven User Enrollment of a personal device)'
            cand --user 'Who enrolled it: the Managed Apple Account (needed by account-device and account-user; its domain must be verified)'
            cand --to 'The service it enrolled in: for automated, the service the devices must be assigned to; otherwise the service a device new to the organisation goes to'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand --skip-invalid 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;unenroll'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;account'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)'
            cand import 'Add many accounts from a CSV file, all or nothing'
            cand list 'List the accounts, with their service and personal devices'
            cand remove 'Remove an account (refused while personal devices are enrolled with it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;account;add'= {
            cand --name 'The person''s name'
            cand --service 'The service this account''s account-driven enrollments go to (default: each device family''s default service)'
            cand --enrollment 'What service discovery offers this account: user (account-driven User Enrollment of personal devices, the default for a new account) or device (account-driven Device Enrollment)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;account;import'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;account;list'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;account;remove'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;account;help'= {
            cand add 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)'
            cand import 'Add many accounts from a CSV file, all or nothing'
            cand list 'List the accounts, with their service and personal devices'
            cand remove 'Remove an account (refused while personal devices are enrolled with it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;account;help;add'= {
        }
        &'abmctl;account;help;import'= {
        }
        &'abmctl;account;help;list'= {
        }
        &'abmctl;account;help;remove'= {
        }
        &'abmctl;account;help;help'= {
        }
        &'abmctl;domain'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a domain and print the TXT record that verifies it (within 14 days)'
            cand verify 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)'
            cand list 'List the domains: status, TXT record, deadline, accounts'
            cand remove 'Remove a domain (not the reserved one, nor one that accounts use)'
            cand set 'Change a verified domain''s settings'
            cand discovery 'Print the service discovery document a domain must serve for a user and device family'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;domain;add'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;domain;verify'= {
            cand --nameserver 'Ask this nameserver (IP or IP:PORT, port 53 by default) instead of the system resolver'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Query and report what would happen without changing the ledger'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;domain;list'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;domain;remove'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;domain;set'= {
            cand --alternate-discovery 'Whether a device whose discovery request fails (HTTP 404) asks Apple instead, which redirects it to the URL the device management service registered with Apple (iOS 18.2, macOS 15.2 and later); off for a newly verified domain, always on for the reserved domain'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --dry-run 'Report what would happen without changing the ledger (same checks, same result)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;domain;discovery'= {
            cand --user 'The user signing in (`user-identifier`): a Managed Apple Account on the domain'
            cand --family 'The device''s family (`model-family`; Apple''s RealityDevice is Vision)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;domain;help'= {
            cand add 'Add a domain and print the TXT record that verifies it (within 14 days)'
            cand verify 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)'
            cand list 'List the domains: status, TXT record, deadline, accounts'
            cand remove 'Remove a domain (not the reserved one, nor one that accounts use)'
            cand set 'Change a verified domain''s settings'
            cand discovery 'Print the service discovery document a domain must serve for a user and device family'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;domain;help;add'= {
        }
        &'abmctl;domain;help;verify'= {
        }
        &'abmctl;domain;help;list'= {
        }
        &'abmctl;domain;help;remove'= {
        }
        &'abmctl;domain;help;set'= {
        }
        &'abmctl;domain;help;discovery'= {
        }
        &'abmctl;domain;help;help'= {
        }
        &'abmctl;discovery'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;discovery;serve'= {
            cand --listen 'The address to listen on (port 0 picks a free one)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --allow-remote 'Allow an address that is not loopback (put a TLS proxy in front of it: Apple''s devices fetch the document over HTTPS)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;discovery;help'= {
            cand serve 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;discovery;help;serve'= {
        }
        &'abmctl;discovery;help;help'= {
        }
        &'abmctl;sandbox'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;sandbox;serve'= {
            cand --listen 'The address to listen on (port 0 picks a free one)'
            cand --scope 'The API scope served'
            cand --activity-delay 'How long an orgDeviceActivity takes from SUBMITTED to COMPLETED, in milliseconds'
            cand --fault-seed 'Faults: the seed of every random fault, so a run can be repeated'
            cand --rate-limit-get 'Allow N GET requests a minute; more are answered 429 with Retry-After (seconds)'
            cand --rate-limit-post 'Allow N POST requests an hour; more are answered 429 with Retry-After (seconds)'
            cand --rate-limit-token 'Allow N token requests an hour; more are answered 400 (invalid_request), as Apple does'
            cand --error-rate 'Answer this share of API requests (0 to 1) with 500'
            cand --latency 'Add this many milliseconds to every response'
            cand --truncate-rate 'Cut this share of JSON bodies (0 to 1) in half'
            cand --malformed-rate 'Make this share of JSON bodies (0 to 1) invalid JSON'
            cand --token-lifetime 'Let access tokens die after SECS, though they still announce 3600'
            cand --activity-error-rate 'Fail this share (0 to 1) of each activity''s devices: COMPLETED_WITH_FAILURE or _ERROR'
            cand --drop-rate 'Close this share (0 to 1) of connections without a response, mid-request'
            cand --devices 'Make a new ledger holding an organisation of N made-up devices first'
            cand --seed 'The seed of --devices: the same N and seed make the same organisation'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --allow-remote 'Allow a --listen address other than loopback (the sandbox has no TLS)'
            cand --apple-limits 'The limits observed at Apple: 20 GET a minute, 10 POST an hour, 20 tokens an hour'
            cand --repeat-cursor 'Once, hand back a device page''s own cursor as its nextCursor (the page repeats)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;sandbox;help'= {
            cand serve 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;sandbox;help;serve'= {
        }
        &'abmctl;sandbox;help;help'= {
        }
        &'abmctl;remote'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set the API account to sync with (replaces any other)'
            cand show 'Show the remote (never a secret): account, key file, URLs, token and sync state'
            cand test 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)'
            cand unset 'Forget the remote and its cached token (queued changes stay queued)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;remote;set'= {
            cand --client-id 'The API account''s client id (`BUSINESSAPI.…`)'
            cand --key-id 'The key id of its private key'
            cand --private-key 'The P-256 private key file Apple gave (SEC1 or PKCS#8 PEM), readable by its owner only'
            cand --scope 'Apple Business or Apple School Manager'
            cand --base-url 'The API origin [default: https://api-business.apple.com, or -school for --scope school]'
            cand --token-url 'The token endpoint [default: Apple''s for Apple''s hosts, <base-url>/auth/oauth2/token for any other]'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;remote;show'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;remote;test'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;remote;unset'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;remote;help'= {
            cand set 'Set the API account to sync with (replaces any other)'
            cand show 'Show the remote (never a secret): account, key file, URLs, token and sync state'
            cand test 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)'
            cand unset 'Forget the remote and its cached token (queued changes stay queued)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;remote;help;set'= {
        }
        &'abmctl;remote;help;show'= {
        }
        &'abmctl;remote;help;test'= {
        }
        &'abmctl;remote;help;unset'= {
        }
        &'abmctl;remote;help;help'= {
        }
        &'abmctl;sync'= {
            cand --max-wait 'Give up (exit 4, state saved) after waiting this long in all for rate limits, retries and activities'
            cand --max-rps 'Send at most R requests a second (0: no pace) [default: 0.33 on Apple''s hosts, about Apple''s observed 20 a minute; no pace elsewhere]'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --pull-only 'Only read Apple Business into the ledger; send nothing'
            cand --push-only 'Only send the queued changes (and verify them); read nothing else'
            cand --full 'Start the pull over, abandoning one an interrupted sync left unfinished'
            cand --dry-run 'Read Apple Business and say what would be sent and changed; change nothing anywhere'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;report'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand summary 'Devices counted by status, product family and service'
            cand unassigned 'Unassigned devices, oldest first'
            cand orders 'Assignment progress of each order, newest first'
            cand suppliers 'Assignment progress of each supplier, linked or not'
            cand tokens 'Services whose server token expires soon (exit 1 with --check when any do)'
            cand enrollment 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal'
            cand sync 'The last sync: when, how it ended, and what is still pending'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;report;summary'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;report;unassigned'= {
            cand --family 'Only this product family (can be repeated)'
            cand --limit 'At most N devices'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;report;orders'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;report;suppliers'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;report;tokens'= {
            cand --within 'Report tokens expiring within this many days (expired ones included)'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand --check 'Exit 1 when any token is reported (for cron and monitoring)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;report;enrollment'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;report;sync'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;report;help'= {
            cand summary 'Devices counted by status, product family and service'
            cand unassigned 'Unassigned devices, oldest first'
            cand orders 'Assignment progress of each order, newest first'
            cand suppliers 'Assignment progress of each supplier, linked or not'
            cand tokens 'Services whose server token expires soon (exit 1 with --check when any do)'
            cand enrollment 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal'
            cand sync 'The last sync: when, how it ended, and what is still pending'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;report;help;summary'= {
        }
        &'abmctl;report;help;unassigned'= {
        }
        &'abmctl;report;help;orders'= {
        }
        &'abmctl;report;help;suppliers'= {
        }
        &'abmctl;report;help;tokens'= {
        }
        &'abmctl;report;help;enrollment'= {
        }
        &'abmctl;report;help;sync'= {
        }
        &'abmctl;report;help;help'= {
        }
        &'abmctl;export'= {
            cand --family 'Only this product family (can be repeated)'
            cand --status 'Only this status: pending, unassigned, assigned, released (can be repeated)'
            cand --service 'Only devices assigned to this service (can be repeated)'
            cand --order 'Only devices of this order number (can be repeated)'
            cand --supplier 'Only devices from this supplier''s number (can be repeated)'
            cand --serial 'Only this serial number (can be repeated)'
            cand --enrolled 'Enrollment: yes, no or stale'
            cand --personal 'Personal (BYOD, account-driven User Enrollment) devices only (yes), or organisation devices only (no)'
            cand --added-since 'Only devices added to the organisation on or after DATE (RFC 3339 or YYYY-MM-DD)'
            cand --limit 'At most N devices'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;activity'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List activities, newest first'
            cand show 'Show one activity with its per-device results'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;activity;list'= {
            cand --since 'Only activities at or after this time (RFC 3339 or YYYY-MM-DD)'
            cand --action 'Only this action (import, supplier.link, mdm.link, device.add, …)'
            cand --serial 'Only activities that added, changed or skipped this serial number (re-imports that found it unchanged are left out)'
            cand --limit 'At most N activities'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;activity;show'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;activity;help'= {
            cand list 'List activities, newest first'
            cand show 'Show one activity with its per-device results'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;activity;help;list'= {
        }
        &'abmctl;activity;help;show'= {
        }
        &'abmctl;activity;help;help'= {
        }
        &'abmctl;completions'= {
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;demo'= {
            cand --keep 'Keep the demo ledger in this folder instead of a temporary one'
            cand --ledger 'Ledger file to use [env: ABMCTL_LEDGER]'
            cand --org 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]'
            cand -o 'Format of the data printed on stdout'
            cand --output 'Format of the data printed on stdout'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)'
            cand -q 'Print no status lines or warnings (data and errors still print)'
            cand --quiet 'Print no status lines or warnings (data and errors still print)'
            cand -v 'Print more detail on stderr (can be repeated)'
            cand --verbose 'Print more detail on stderr (can be repeated)'
            cand --no-input 'Never prompt; a command that needs confirmation fails instead (exit 2)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'abmctl;help'= {
            cand init 'Create a ledger: a new, empty organisation'
            cand org 'Show or rename the organisation, or list the organisations under --org'
            cand supplier 'Link and unlink suppliers (Step 1)'
            cand mdm 'Manage device management services (Step 2)'
            cand import 'Import devices from a supplier order file (Step 3)'
            cand device 'Add, list and show devices'
            cand assign 'Assign devices to a device management service (Step 4)'
            cand reassign 'Move devices to a service, whatever their current assignment'
            cand unassign 'Take devices off their device management service'
            cand release 'Release devices from the organisation for good'
            cand enroll 'Record that devices enrolled in their service (Step 5)'
            cand unenroll 'Record that a device left device management (a personal device leaves the organisation)'
            cand account 'Managed Apple Accounts: the users of account-driven enrollment'
            cand domain 'The organisation''s domains: add, verify by DNS, and service discovery'
            cand discovery 'Serve the service discovery document of account-driven enrollment over HTTP'
            cand sandbox 'Serve an Apple Business API sandbox on loopback, backed by a ledger'
            cand remote 'The Apple Business API account this ledger syncs with'
            cand sync 'Send queued changes to Apple Business, then mirror it into the ledger'
            cand report 'Report on the fleet: summary (the default), unassigned, orders, suppliers, tokens, enrollment, sync'
            cand export 'Export the device list in the Apple Business portal''s CSV columns (-o json is refused)'
            cand activity 'Read the activity log'
            cand completions 'Print a shell completion script'
            cand demo 'Run the workflow on a sample organisation in a temporary ledger'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'abmctl;help;init'= {
        }
        &'abmctl;help;org'= {
            cand show 'Show the organisation''s name, Organization ID, creation date and ledger file'
            cand set 'Rename the organisation'
            cand list 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)'
        }
        &'abmctl;help;org;show'= {
        }
        &'abmctl;help;org;set'= {
        }
        &'abmctl;help;org;list'= {
        }
        &'abmctl;help;supplier'= {
            cand link 'Link an Apple Customer Number or a Reseller Number'
            cand list 'List the linked suppliers'
            cand set 'Change a linked supplier''s label'
            cand unlink 'Unlink a supplier: no further orders arrive from it; its devices stay'
        }
        &'abmctl;help;supplier;link'= {
        }
        &'abmctl;help;supplier;list'= {
        }
        &'abmctl;help;supplier;set'= {
        }
        &'abmctl;help;supplier;unlink'= {
        }
        &'abmctl;help;mdm'= {
            cand link 'Link a device management service'
            cand list 'List the services, with their device counts and token expiry'
            cand show 'Show one service'
            cand rename 'Rename a service'
            cand set 'Change a service''s certificate, enrollment URL or release permission'
            cand unlink 'Unlink a service that has no devices assigned'
            cand token 'Record a new server token for a service (tokens expire after one year)'
            cand default 'Default assignment: which service each product family''s new devices go to'
        }
        &'abmctl;help;mdm;link'= {
        }
        &'abmctl;help;mdm;list'= {
        }
        &'abmctl;help;mdm;show'= {
        }
        &'abmctl;help;mdm;rename'= {
        }
        &'abmctl;help;mdm;set'= {
        }
        &'abmctl;help;mdm;unlink'= {
        }
        &'abmctl;help;mdm;token'= {
        }
        &'abmctl;help;mdm;default'= {
            cand list 'List each family''s default service'
            cand set 'Make a service the default of a family (replacing any other: one per family)'
            cand unset 'Remove a family''s default'
        }
        &'abmctl;help;mdm;default;list'= {
        }
        &'abmctl;help;mdm;default;set'= {
        }
        &'abmctl;help;mdm;default;unset'= {
        }
        &'abmctl;help;import'= {
        }
        &'abmctl;help;device'= {
            cand add 'Add a device with Apple Configurator (not for Apple Watch)'
            cand list 'List devices (every status but PENDING unless --status says otherwise)'
            cand show 'Show one device'
            cand remove 'Remove a device added with Apple Configurator, within its provisional period'
        }
        &'abmctl;help;device;add'= {
        }
        &'abmctl;help;device;list'= {
        }
        &'abmctl;help;device;show'= {
        }
        &'abmctl;help;device;remove'= {
        }
        &'abmctl;help;assign'= {
        }
        &'abmctl;help;reassign'= {
        }
        &'abmctl;help;unassign'= {
        }
        &'abmctl;help;release'= {
        }
        &'abmctl;help;enroll'= {
        }
        &'abmctl;help;unenroll'= {
        }
        &'abmctl;help;account'= {
            cand add 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)'
            cand import 'Add many accounts from a CSV file, all or nothing'
            cand list 'List the accounts, with their service and personal devices'
            cand remove 'Remove an account (refused while personal devices are enrolled with it)'
        }
        &'abmctl;help;account;add'= {
        }
        &'abmctl;help;account;import'= {
        }
        &'abmctl;help;account;list'= {
        }
        &'abmctl;help;account;remove'= {
        }
        &'abmctl;help;domain'= {
            cand add 'Add a domain and print the TXT record that verifies it (within 14 days)'
            cand verify 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)'
            cand list 'List the domains: status, TXT record, deadline, accounts'
            cand remove 'Remove a domain (not the reserved one, nor one that accounts use)'
            cand set 'Change a verified domain''s settings'
            cand discovery 'Print the service discovery document a domain must serve for a user and device family'
        }
        &'abmctl;help;domain;add'= {
        }
        &'abmctl;help;domain;verify'= {
        }
        &'abmctl;help;domain;list'= {
        }
        &'abmctl;help;domain;remove'= {
        }
        &'abmctl;help;domain;set'= {
        }
        &'abmctl;help;domain;discovery'= {
        }
        &'abmctl;help;discovery'= {
            cand serve 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger'
        }
        &'abmctl;help;discovery;serve'= {
        }
        &'abmctl;help;sandbox'= {
            cand serve 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync'
        }
        &'abmctl;help;sandbox;serve'= {
        }
        &'abmctl;help;remote'= {
            cand set 'Set the API account to sync with (replaces any other)'
            cand show 'Show the remote (never a secret): account, key file, URLs, token and sync state'
            cand test 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)'
            cand unset 'Forget the remote and its cached token (queued changes stay queued)'
        }
        &'abmctl;help;remote;set'= {
        }
        &'abmctl;help;remote;show'= {
        }
        &'abmctl;help;remote;test'= {
        }
        &'abmctl;help;remote;unset'= {
        }
        &'abmctl;help;sync'= {
        }
        &'abmctl;help;report'= {
            cand summary 'Devices counted by status, product family and service'
            cand unassigned 'Unassigned devices, oldest first'
            cand orders 'Assignment progress of each order, newest first'
            cand suppliers 'Assignment progress of each supplier, linked or not'
            cand tokens 'Services whose server token expires soon (exit 1 with --check when any do)'
            cand enrollment 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal'
            cand sync 'The last sync: when, how it ended, and what is still pending'
        }
        &'abmctl;help;report;summary'= {
        }
        &'abmctl;help;report;unassigned'= {
        }
        &'abmctl;help;report;orders'= {
        }
        &'abmctl;help;report;suppliers'= {
        }
        &'abmctl;help;report;tokens'= {
        }
        &'abmctl;help;report;enrollment'= {
        }
        &'abmctl;help;report;sync'= {
        }
        &'abmctl;help;export'= {
        }
        &'abmctl;help;activity'= {
            cand list 'List activities, newest first'
            cand show 'Show one activity with its per-device results'
        }
        &'abmctl;help;activity;list'= {
        }
        &'abmctl;help;activity;show'= {
        }
        &'abmctl;help;completions'= {
        }
        &'abmctl;help;demo'= {
        }
        &'abmctl;help;help'= {
        }
    ]
    $completions[$command]
}
