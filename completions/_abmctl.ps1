
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'abmctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'abmctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'abmctl' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a ledger: a new, empty organisation')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Show or rename the organisation, or list the organisations under --org')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'Link and unlink suppliers (Step 1)')
            [CompletionResult]::new('mdm', 'mdm', [CompletionResultType]::ParameterValue, 'Manage device management services (Step 2)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import devices from a supplier order file (Step 3)')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'Add, list and show devices')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign devices to a device management service (Step 4)')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Move devices to a service, whatever their current assignment')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take devices off their device management service')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release devices from the organisation for good')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Record that devices enrolled in their service (Step 5)')
            [CompletionResult]::new('unenroll', 'unenroll', [CompletionResultType]::ParameterValue, 'Record that a device left device management (a personal device leaves the organisation)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Managed Apple Accounts: the users of account-driven enrollment')
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'The organisation''s domains: add, verify by DNS, and service discovery')
            [CompletionResult]::new('discovery', 'discovery', [CompletionResultType]::ParameterValue, 'Serve the service discovery document of account-driven enrollment over HTTP')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve an Apple Business API sandbox on loopback, backed by a ledger')
            [CompletionResult]::new('remote', 'remote', [CompletionResultType]::ParameterValue, 'The Apple Business API account this ledger syncs with')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Send queued changes to Apple Business, then mirror it into the ledger')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report on the fleet: summary (the default), unassigned, orders, suppliers, tokens, enrollment, sync')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the device list in the Apple Business portal''s CSV columns (-o json is refused)')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Read the activity log')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the workflow on a sample organisation in a temporary ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The organisation''s name')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;org' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the organisation''s name, Organization ID, creation date and ledger file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename the organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;org;show' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;org;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The organisation''s new name')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;org;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;org;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the organisation''s name, Organization ID, creation date and ledger file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename the organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;org;help;show' {
            break
        }
        'abmctl;org;help;set' {
            break
        }
        'abmctl;org;help;list' {
            break
        }
        'abmctl;org;help;help' {
            break
        }
        'abmctl;supplier' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link an Apple Customer Number or a Reseller Number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the linked suppliers')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a linked supplier''s label')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a supplier: no further orders arrive from it; its devices stay')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;supplier;link' {
            [CompletionResult]::new('--customer-number', '--customer-number', [CompletionResultType]::ParameterName, 'An Apple Customer Number (leading zeros are dropped, as Apple asks)')
            [CompletionResult]::new('--reseller-number', '--reseller-number', [CompletionResultType]::ParameterName, 'A Reseller Number (an Apple Authorised Reseller, or a carrier with --carrier)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A label for the supplier')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--carrier', '--carrier', [CompletionResultType]::ParameterName, 'The reseller is a cellular carrier')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;supplier;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;supplier;set' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which kind of number ID is, when the same number is linked as both')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new label (empty clears it)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;supplier;unlink' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which kind of number ID is, when the same number is linked as both')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;supplier;help' {
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link an Apple Customer Number or a Reseller Number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the linked suppliers')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a linked supplier''s label')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a supplier: no further orders arrive from it; its devices stay')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;supplier;help;link' {
            break
        }
        'abmctl;supplier;help;list' {
            break
        }
        'abmctl;supplier;help;set' {
            break
        }
        'abmctl;supplier;help;unlink' {
            break
        }
        'abmctl;supplier;help;help' {
            break
        }
        'abmctl;mdm' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a device management service')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services, with their device counts and token expiry')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a service''s certificate, enrollment URL or release permission')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a service that has no devices assigned')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Record a new server token for a service (tokens expire after one year)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Default assignment: which service each product family''s new devices go to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;mdm;link' {
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'The service''s public-key certificate, PEM or DER (X.509), from the MDM vendor')
            [CompletionResult]::new('--enrollment-url', '--enrollment-url', [CompletionResultType]::ParameterName, 'The service''s enrollment URL (https)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--no-release', '--no-release', [CompletionResultType]::ParameterName, 'Do not allow this service to release devices (allowed by default, as in Apple Business)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;show' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;rename' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;set' {
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'A new public-key certificate, PEM or DER (X.509)')
            [CompletionResult]::new('--enrollment-url', '--enrollment-url', [CompletionResultType]::ParameterName, 'A new enrollment URL (https)')
            [CompletionResult]::new('--release', '--release', [CompletionResultType]::ParameterName, 'Whether the service may release devices')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--no-enrollment-url', '--no-enrollment-url', [CompletionResultType]::ParameterName, 'Remove the enrollment URL')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;unlink' {
            [CompletionResult]::new('--reassign-to', '--reassign-to', [CompletionResultType]::ParameterName, 'Move its devices to this service first')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--unassign', '--unassign', [CompletionResultType]::ParameterName, 'Unassign its devices first')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;token' {
            [CompletionResult]::new('--issued', '--issued', [CompletionResultType]::ParameterName, 'When the token was issued (RFC 3339 or YYYY-MM-DD; default: now). It expires a year later')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;default' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List each family''s default service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make a service the default of a family (replacing any other: one per family)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a family''s default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;mdm;default;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;default;set' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;default;unset' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;mdm;default;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List each family''s default service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make a service the default of a family (replacing any other: one per family)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a family''s default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;mdm;default;help;list' {
            break
        }
        'abmctl;mdm;default;help;set' {
            break
        }
        'abmctl;mdm;default;help;unset' {
            break
        }
        'abmctl;mdm;default;help;help' {
            break
        }
        'abmctl;mdm;help' {
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a device management service')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services, with their device counts and token expiry')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a service''s certificate, enrollment URL or release permission')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a service that has no devices assigned')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Record a new server token for a service (tokens expire after one year)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Default assignment: which service each product family''s new devices go to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;mdm;help;link' {
            break
        }
        'abmctl;mdm;help;list' {
            break
        }
        'abmctl;mdm;help;show' {
            break
        }
        'abmctl;mdm;help;rename' {
            break
        }
        'abmctl;mdm;help;set' {
            break
        }
        'abmctl;mdm;help;unlink' {
            break
        }
        'abmctl;mdm;help;token' {
            break
        }
        'abmctl;mdm;help;default' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List each family''s default service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make a service the default of a family (replacing any other: one per family)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a family''s default')
            break
        }
        'abmctl;mdm;help;default;list' {
            break
        }
        'abmctl;mdm;help;default;set' {
            break
        }
        'abmctl;mdm;help;default;unset' {
            break
        }
        'abmctl;mdm;help;help' {
            break
        }
        'abmctl;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the valid rows and skip invalid ones (exit 3) instead of refusing the file')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger')
            [CompletionResult]::new('--no-assignments', '--no-assignments', [CompletionResultType]::ParameterName, 'With an Apple Business export (abm-export): ignore its STATUS, dates and MDM_SERVER, and let devices arrive as from an order (default: adopt them as the export says)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;device' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a device with Apple Configurator (not for Apple Watch)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices (every status but PENDING unless --status says otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a device added with Apple Configurator, within its provisional period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;device;add' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Product family (any case; Apple Watch cannot be added by hand)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Marketing model name (deviceModel)')
            [CompletionResult]::new('--product-type', '--product-type', [CompletionResultType]::ParameterName, 'Model identifier such as iPhone14,3 (productType)')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'Storage capacity, e.g. 256GB')
            [CompletionResult]::new('--device-color', '--device-color', [CompletionResultType]::ParameterName, 'Colour, e.g. SILVER (`--color` is the global colour-output option)')
            [CompletionResult]::new('--part-number', '--part-number', [CompletionResultType]::ParameterName, 'Part number')
            [CompletionResult]::new('--imei', '--imei', [CompletionResultType]::ParameterName, 'IMEI (can be repeated)')
            [CompletionResult]::new('--meid', '--meid', [CompletionResultType]::ParameterName, 'MEID (can be repeated)')
            [CompletionResult]::new('--eid', '--eid', [CompletionResultType]::ParameterName, 'eSIM EID')
            [CompletionResult]::new('--wifi-mac', '--wifi-mac', [CompletionResultType]::ParameterName, 'Wi-Fi MAC address')
            [CompletionResult]::new('--bluetooth-mac', '--bluetooth-mac', [CompletionResultType]::ParameterName, 'Bluetooth MAC address')
            [CompletionResult]::new('--ethernet-mac', '--ethernet-mac', [CompletionResultType]::ParameterName, 'Ethernet MAC address (can be repeated)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;device;list' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only this product family (can be repeated)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: pending, unassigned, assigned, released (can be repeated)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only devices assigned to this service (can be repeated)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only devices of this order number (can be repeated)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only devices from this supplier''s number (can be repeated)')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'Only this serial number (can be repeated)')
            [CompletionResult]::new('--enrolled', '--enrolled', [CompletionResultType]::ParameterName, 'Enrollment: yes, no or stale')
            [CompletionResult]::new('--personal', '--personal', [CompletionResultType]::ParameterName, 'Personal (BYOD, account-driven User Enrollment) devices only (yes), or organisation devices only (no)')
            [CompletionResult]::new('--added-since', '--added-since', [CompletionResultType]::ParameterName, 'Only devices added to the organisation on or after DATE (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N devices')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;device;show' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;device;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;device;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a device with Apple Configurator (not for Apple Watch)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices (every status but PENDING unless --status says otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a device added with Apple Configurator, within its provisional period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;device;help;add' {
            break
        }
        'abmctl;device;help;list' {
            break
        }
        'abmctl;device;help;show' {
            break
        }
        'abmctl;device;help;remove' {
            break
        }
        'abmctl;device;help;help' {
            break
        }
        'abmctl;assign' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The devices of this order number (can be repeated)')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only devices of this product family (can be repeated)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only devices from this supplier''s number (can be repeated)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only devices assigned to this service (can be repeated)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The service to assign the devices to')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--apply-defaults', '--apply-defaults', [CompletionResultType]::ParameterName, 'Assign each device to its family''s default service (`mdm default set`); with no selector, every unassigned device that has one')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)')
            [CompletionResult]::new('--push', '--push', [CompletionResultType]::ParameterName, 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;reassign' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The devices of this order number (can be repeated)')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only devices of this product family (can be repeated)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only devices from this supplier''s number (can be repeated)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only devices assigned to this service (can be repeated)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The service the devices go to')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)')
            [CompletionResult]::new('--push', '--push', [CompletionResultType]::ParameterName, 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;unassign' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The devices of this order number (can be repeated)')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only devices of this product family (can be repeated)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only devices from this supplier''s number (can be repeated)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only devices assigned to this service (can be repeated)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)')
            [CompletionResult]::new('--push', '--push', [CompletionResultType]::ParameterName, 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;release' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The devices of this order number (can be repeated)')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only devices of this product family (can be repeated)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only devices from this supplier''s number (can be repeated)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only devices assigned to this service (can be repeated)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Release without asking (needed when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Release without asking (needed when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)')
            [CompletionResult]::new('--push', '--push', [CompletionResultType]::ParameterName, 'With a remote set, send the change to Apple Business now (as `sync --push-only`) instead of queueing it for the next `sync`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;enroll' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read serial numbers from a file (`-` for stdin): one a line, or a CSV with a serialNumber or SERIAL_NO column')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The devices of this order number (can be repeated)')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only devices of this product family (can be repeated)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only devices from this supplier''s number (can be repeated)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only devices assigned to this service (can be repeated)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'How the device enrolled: automated (Automated Device Enrollment, the default; the device must be assigned), user (profile-based), account-device (account-driven Device Enrollment) or account-user (account-driven User Enrollment of a personal device)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who enrolled it: the Managed Apple Account (needed by account-device and account-user; its domain must be verified)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The service it enrolled in: for automated, the service the devices must be assigned to; otherwise the service a device new to the organisation goes to')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Apply the devices that can be, skip the others, and exit 3 (default: refuse them all)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;unenroll' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;account' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add many accounts from a CSV file, all or nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts, with their service and personal devices')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account (refused while personal devices are enrolled with it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;account;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The person''s name')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service this account''s account-driven enrollments go to (default: each device family''s default service)')
            [CompletionResult]::new('--enrollment', '--enrollment', [CompletionResultType]::ParameterName, 'What service discovery offers this account: user (account-driven User Enrollment of personal devices, the default for a new account) or device (account-driven Device Enrollment)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;account;import' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;account;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;account;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;account;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add many accounts from a CSV file, all or nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts, with their service and personal devices')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account (refused while personal devices are enrolled with it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;account;help;add' {
            break
        }
        'abmctl;account;help;import' {
            break
        }
        'abmctl;account;help;list' {
            break
        }
        'abmctl;account;help;remove' {
            break
        }
        'abmctl;account;help;help' {
            break
        }
        'abmctl;domain' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a domain and print the TXT record that verifies it (within 14 days)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the domains: status, TXT record, deadline, accounts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a domain (not the reserved one, nor one that accounts use)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a verified domain''s settings')
            [CompletionResult]::new('discovery', 'discovery', [CompletionResultType]::ParameterValue, 'Print the service discovery document a domain must serve for a user and device family')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;domain;add' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;domain;verify' {
            [CompletionResult]::new('--nameserver', '--nameserver', [CompletionResultType]::ParameterName, 'Ask this nameserver (IP or IP:PORT, port 53 by default) instead of the system resolver')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Query and report what would happen without changing the ledger')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;domain;list' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;domain;remove' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;domain;set' {
            [CompletionResult]::new('--alternate-discovery', '--alternate-discovery', [CompletionResultType]::ParameterName, 'Whether a device whose discovery request fails (HTTP 404) asks Apple instead, which redirects it to the URL the device management service registered with Apple (iOS 18.2, macOS 15.2 and later); off for a newly verified domain, always on for the reserved domain')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen without changing the ledger (same checks, same result)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;domain;discovery' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user signing in (`user-identifier`): a Managed Apple Account on the domain')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'The device''s family (`model-family`; Apple''s RealityDevice is Vision)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;domain;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a domain and print the TXT record that verifies it (within 14 days)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the domains: status, TXT record, deadline, accounts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a domain (not the reserved one, nor one that accounts use)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a verified domain''s settings')
            [CompletionResult]::new('discovery', 'discovery', [CompletionResultType]::ParameterValue, 'Print the service discovery document a domain must serve for a user and device family')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;domain;help;add' {
            break
        }
        'abmctl;domain;help;verify' {
            break
        }
        'abmctl;domain;help;list' {
            break
        }
        'abmctl;domain;help;remove' {
            break
        }
        'abmctl;domain;help;set' {
            break
        }
        'abmctl;domain;help;discovery' {
            break
        }
        'abmctl;domain;help;help' {
            break
        }
        'abmctl;discovery' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;discovery;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to listen on (port 0 picks a free one)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Allow an address that is not loopback (put a TLS proxy in front of it: Apple''s devices fetch the document over HTTPS)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;discovery;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;discovery;help;serve' {
            break
        }
        'abmctl;discovery;help;help' {
            break
        }
        'abmctl;sandbox' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;sandbox;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to listen on (port 0 picks a free one)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'The API scope served')
            [CompletionResult]::new('--activity-delay', '--activity-delay', [CompletionResultType]::ParameterName, 'How long an orgDeviceActivity takes from SUBMITTED to COMPLETED, in milliseconds')
            [CompletionResult]::new('--fault-seed', '--fault-seed', [CompletionResultType]::ParameterName, 'Faults: the seed of every random fault, so a run can be repeated')
            [CompletionResult]::new('--rate-limit-get', '--rate-limit-get', [CompletionResultType]::ParameterName, 'Allow N GET requests a minute; more are answered 429 with Retry-After (seconds)')
            [CompletionResult]::new('--rate-limit-post', '--rate-limit-post', [CompletionResultType]::ParameterName, 'Allow N POST requests an hour; more are answered 429 with Retry-After (seconds)')
            [CompletionResult]::new('--rate-limit-token', '--rate-limit-token', [CompletionResultType]::ParameterName, 'Allow N token requests an hour; more are answered 400 (invalid_request), as Apple does')
            [CompletionResult]::new('--error-rate', '--error-rate', [CompletionResultType]::ParameterName, 'Answer this share of API requests (0 to 1) with 500')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Add this many milliseconds to every response')
            [CompletionResult]::new('--truncate-rate', '--truncate-rate', [CompletionResultType]::ParameterName, 'Cut this share of JSON bodies (0 to 1) in half')
            [CompletionResult]::new('--malformed-rate', '--malformed-rate', [CompletionResultType]::ParameterName, 'Make this share of JSON bodies (0 to 1) invalid JSON')
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'Let access tokens die after SECS, though they still announce 3600')
            [CompletionResult]::new('--activity-error-rate', '--activity-error-rate', [CompletionResultType]::ParameterName, 'Fail this share (0 to 1) of each activity''s devices: COMPLETED_WITH_FAILURE or _ERROR')
            [CompletionResult]::new('--drop-rate', '--drop-rate', [CompletionResultType]::ParameterName, 'Close this share (0 to 1) of connections without a response, mid-request')
            [CompletionResult]::new('--devices', '--devices', [CompletionResultType]::ParameterName, 'Make a new ledger holding an organisation of N made-up devices first')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'The seed of --devices: the same N and seed make the same organisation')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Allow a --listen address other than loopback (the sandbox has no TLS)')
            [CompletionResult]::new('--apple-limits', '--apple-limits', [CompletionResultType]::ParameterName, 'The limits observed at Apple: 20 GET a minute, 10 POST an hour, 20 tokens an hour')
            [CompletionResult]::new('--repeat-cursor', '--repeat-cursor', [CompletionResultType]::ParameterName, 'Once, hand back a device page''s own cursor as its nextCursor (the page repeats)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;sandbox;help;serve' {
            break
        }
        'abmctl;sandbox;help;help' {
            break
        }
        'abmctl;remote' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the API account to sync with (replaces any other)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the remote (never a secret): account, key file, URLs, token and sync state')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Forget the remote and its cached token (queued changes stay queued)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;remote;set' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The API account''s client id (`BUSINESSAPI.…`)')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key id of its private key')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'The P-256 private key file Apple gave (SEC1 or PKCS#8 PEM), readable by its owner only')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Apple Business or Apple School Manager')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'The API origin [default: https://api-business.apple.com, or -school for --scope school]')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'The token endpoint [default: Apple''s for Apple''s hosts, <base-url>/auth/oauth2/token for any other]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;remote;show' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;remote;test' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;remote;unset' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;remote;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the API account to sync with (replaces any other)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the remote (never a secret): account, key file, URLs, token and sync state')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Forget the remote and its cached token (queued changes stay queued)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;remote;help;set' {
            break
        }
        'abmctl;remote;help;show' {
            break
        }
        'abmctl;remote;help;test' {
            break
        }
        'abmctl;remote;help;unset' {
            break
        }
        'abmctl;remote;help;help' {
            break
        }
        'abmctl;sync' {
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Give up (exit 4, state saved) after waiting this long in all for rate limits, retries and activities')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'Send at most R requests a second (0: no pace) [default: 0.33 on Apple''s hosts, about Apple''s observed 20 a minute; no pace elsewhere]')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--pull-only', '--pull-only', [CompletionResultType]::ParameterName, 'Only read Apple Business into the ledger; send nothing')
            [CompletionResult]::new('--push-only', '--push-only', [CompletionResultType]::ParameterName, 'Only send the queued changes (and verify them); read nothing else')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Start the pull over, abandoning one an interrupted sync left unfinished')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read Apple Business and say what would be sent and changed; change nothing anywhere')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;report' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Devices counted by status, product family and service')
            [CompletionResult]::new('unassigned', 'unassigned', [CompletionResultType]::ParameterValue, 'Unassigned devices, oldest first')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Assignment progress of each order, newest first')
            [CompletionResult]::new('suppliers', 'suppliers', [CompletionResultType]::ParameterValue, 'Assignment progress of each supplier, linked or not')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'Services whose server token expires soon (exit 1 with --check when any do)')
            [CompletionResult]::new('enrollment', 'enrollment', [CompletionResultType]::ParameterValue, 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'The last sync: when, how it ended, and what is still pending')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;report;summary' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;report;unassigned' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only this product family (can be repeated)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N devices')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;report;orders' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;report;suppliers' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;report;tokens' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Report tokens expiring within this many days (expired ones included)')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 1 when any token is reported (for cron and monitoring)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;report;enrollment' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;report;sync' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;report;help' {
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Devices counted by status, product family and service')
            [CompletionResult]::new('unassigned', 'unassigned', [CompletionResultType]::ParameterValue, 'Unassigned devices, oldest first')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Assignment progress of each order, newest first')
            [CompletionResult]::new('suppliers', 'suppliers', [CompletionResultType]::ParameterValue, 'Assignment progress of each supplier, linked or not')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'Services whose server token expires soon (exit 1 with --check when any do)')
            [CompletionResult]::new('enrollment', 'enrollment', [CompletionResultType]::ParameterValue, 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'The last sync: when, how it ended, and what is still pending')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;report;help;summary' {
            break
        }
        'abmctl;report;help;unassigned' {
            break
        }
        'abmctl;report;help;orders' {
            break
        }
        'abmctl;report;help;suppliers' {
            break
        }
        'abmctl;report;help;tokens' {
            break
        }
        'abmctl;report;help;enrollment' {
            break
        }
        'abmctl;report;help;sync' {
            break
        }
        'abmctl;report;help;help' {
            break
        }
        'abmctl;export' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only this product family (can be repeated)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: pending, unassigned, assigned, released (can be repeated)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only devices assigned to this service (can be repeated)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only devices of this order number (can be repeated)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only devices from this supplier''s number (can be repeated)')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'Only this serial number (can be repeated)')
            [CompletionResult]::new('--enrolled', '--enrolled', [CompletionResultType]::ParameterName, 'Enrollment: yes, no or stale')
            [CompletionResult]::new('--personal', '--personal', [CompletionResultType]::ParameterName, 'Personal (BYOD, account-driven User Enrollment) devices only (yes), or organisation devices only (no)')
            [CompletionResult]::new('--added-since', '--added-since', [CompletionResultType]::ParameterName, 'Only devices added to the organisation on or after DATE (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N devices')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;activity' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List activities, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one activity with its per-device results')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;activity;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only activities at or after this time (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (import, supplier.link, mdm.link, device.add, …)')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'Only activities that added, changed or skipped this serial number (re-imports that found it unchanged are left out)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N activities')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;activity;show' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;activity;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List activities, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one activity with its per-device results')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;activity;help;list' {
            break
        }
        'abmctl;activity;help;show' {
            break
        }
        'abmctl;activity;help;help' {
            break
        }
        'abmctl;completions' {
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;demo' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the demo ledger in this folder instead of a temporary one')
            [CompletionResult]::new('--ledger', '--ledger', [CompletionResultType]::ParameterName, 'Ledger file to use [env: ABMCTL_LEDGER]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Use organisation NAME''s ledger, `<data dir>/orgs/NAME.sqlite3` [env: ABMCTL_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or warnings (data and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (can be repeated)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a command that needs confirmation fails instead (exit 2)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'abmctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a ledger: a new, empty organisation')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Show or rename the organisation, or list the organisations under --org')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'Link and unlink suppliers (Step 1)')
            [CompletionResult]::new('mdm', 'mdm', [CompletionResultType]::ParameterValue, 'Manage device management services (Step 2)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import devices from a supplier order file (Step 3)')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'Add, list and show devices')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign devices to a device management service (Step 4)')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Move devices to a service, whatever their current assignment')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take devices off their device management service')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release devices from the organisation for good')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Record that devices enrolled in their service (Step 5)')
            [CompletionResult]::new('unenroll', 'unenroll', [CompletionResultType]::ParameterValue, 'Record that a device left device management (a personal device leaves the organisation)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Managed Apple Accounts: the users of account-driven enrollment')
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'The organisation''s domains: add, verify by DNS, and service discovery')
            [CompletionResult]::new('discovery', 'discovery', [CompletionResultType]::ParameterValue, 'Serve the service discovery document of account-driven enrollment over HTTP')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve an Apple Business API sandbox on loopback, backed by a ledger')
            [CompletionResult]::new('remote', 'remote', [CompletionResultType]::ParameterValue, 'The Apple Business API account this ledger syncs with')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Send queued changes to Apple Business, then mirror it into the ledger')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report on the fleet: summary (the default), unassigned, orders, suppliers, tokens, enrollment, sync')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the device list in the Apple Business portal''s CSV columns (-o json is refused)')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Read the activity log')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the workflow on a sample organisation in a temporary ledger')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'abmctl;help;init' {
            break
        }
        'abmctl;help;org' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the organisation''s name, Organization ID, creation date and ledger file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename the organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations under `<data dir>/orgs/` (one ledger per `--org NAME`)')
            break
        }
        'abmctl;help;org;show' {
            break
        }
        'abmctl;help;org;set' {
            break
        }
        'abmctl;help;org;list' {
            break
        }
        'abmctl;help;supplier' {
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link an Apple Customer Number or a Reseller Number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the linked suppliers')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a linked supplier''s label')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a supplier: no further orders arrive from it; its devices stay')
            break
        }
        'abmctl;help;supplier;link' {
            break
        }
        'abmctl;help;supplier;list' {
            break
        }
        'abmctl;help;supplier;set' {
            break
        }
        'abmctl;help;supplier;unlink' {
            break
        }
        'abmctl;help;mdm' {
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a device management service')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services, with their device counts and token expiry')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a service''s certificate, enrollment URL or release permission')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Unlink a service that has no devices assigned')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Record a new server token for a service (tokens expire after one year)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Default assignment: which service each product family''s new devices go to')
            break
        }
        'abmctl;help;mdm;link' {
            break
        }
        'abmctl;help;mdm;list' {
            break
        }
        'abmctl;help;mdm;show' {
            break
        }
        'abmctl;help;mdm;rename' {
            break
        }
        'abmctl;help;mdm;set' {
            break
        }
        'abmctl;help;mdm;unlink' {
            break
        }
        'abmctl;help;mdm;token' {
            break
        }
        'abmctl;help;mdm;default' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List each family''s default service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make a service the default of a family (replacing any other: one per family)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a family''s default')
            break
        }
        'abmctl;help;mdm;default;list' {
            break
        }
        'abmctl;help;mdm;default;set' {
            break
        }
        'abmctl;help;mdm;default;unset' {
            break
        }
        'abmctl;help;import' {
            break
        }
        'abmctl;help;device' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a device with Apple Configurator (not for Apple Watch)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices (every status but PENDING unless --status says otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a device added with Apple Configurator, within its provisional period')
            break
        }
        'abmctl;help;device;add' {
            break
        }
        'abmctl;help;device;list' {
            break
        }
        'abmctl;help;device;show' {
            break
        }
        'abmctl;help;device;remove' {
            break
        }
        'abmctl;help;assign' {
            break
        }
        'abmctl;help;reassign' {
            break
        }
        'abmctl;help;unassign' {
            break
        }
        'abmctl;help;release' {
            break
        }
        'abmctl;help;enroll' {
            break
        }
        'abmctl;help;unenroll' {
            break
        }
        'abmctl;help;account' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a Managed Apple Account (its domain must be verified, or the reserved domain)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add many accounts from a CSV file, all or nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts, with their service and personal devices')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account (refused while personal devices are enrolled with it)')
            break
        }
        'abmctl;help;account;add' {
            break
        }
        'abmctl;help;account;import' {
            break
        }
        'abmctl;help;account;list' {
            break
        }
        'abmctl;help;account;remove' {
            break
        }
        'abmctl;help;domain' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a domain and print the TXT record that verifies it (within 14 days)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a domain: look its TXT record up in DNS (exit 1 when it is not there yet)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the domains: status, TXT record, deadline, accounts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a domain (not the reserved one, nor one that accounts use)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a verified domain''s settings')
            [CompletionResult]::new('discovery', 'discovery', [CompletionResultType]::ParameterValue, 'Print the service discovery document a domain must serve for a user and device family')
            break
        }
        'abmctl;help;domain;add' {
            break
        }
        'abmctl;help;domain;verify' {
            break
        }
        'abmctl;help;domain;list' {
            break
        }
        'abmctl;help;domain;remove' {
            break
        }
        'abmctl;help;domain;set' {
            break
        }
        'abmctl;help;domain;discovery' {
            break
        }
        'abmctl;help;discovery' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Answer `/.well-known/com.apple.remotemanagement` over HTTP from the ledger')
            break
        }
        'abmctl;help;discovery;serve' {
            break
        }
        'abmctl;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Apple Business API on loopback from a ledger, for trying and testing sync')
            break
        }
        'abmctl;help;sandbox;serve' {
            break
        }
        'abmctl;help;remote' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the API account to sync with (replaces any other)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the remote (never a secret): account, key file, URLs, token and sync state')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Get a token and list the services: says what worked (exit 0), or what did not (4, 5)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Forget the remote and its cached token (queued changes stay queued)')
            break
        }
        'abmctl;help;remote;set' {
            break
        }
        'abmctl;help;remote;show' {
            break
        }
        'abmctl;help;remote;test' {
            break
        }
        'abmctl;help;remote;unset' {
            break
        }
        'abmctl;help;sync' {
            break
        }
        'abmctl;help;report' {
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Devices counted by status, product family and service')
            [CompletionResult]::new('unassigned', 'unassigned', [CompletionResultType]::ParameterValue, 'Unassigned devices, oldest first')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'Assignment progress of each order, newest first')
            [CompletionResult]::new('suppliers', 'suppliers', [CompletionResultType]::ParameterValue, 'Assignment progress of each supplier, linked or not')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'Services whose server token expires soon (exit 1 with --check when any do)')
            [CompletionResult]::new('enrollment', 'enrollment', [CompletionResultType]::ParameterValue, 'The enrollment funnel per service and family: not enrolled, enrolled, stale, personal')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'The last sync: when, how it ended, and what is still pending')
            break
        }
        'abmctl;help;report;summary' {
            break
        }
        'abmctl;help;report;unassigned' {
            break
        }
        'abmctl;help;report;orders' {
            break
        }
        'abmctl;help;report;suppliers' {
            break
        }
        'abmctl;help;report;tokens' {
            break
        }
        'abmctl;help;report;enrollment' {
            break
        }
        'abmctl;help;report;sync' {
            break
        }
        'abmctl;help;export' {
            break
        }
        'abmctl;help;activity' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List activities, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one activity with its per-device results')
            break
        }
        'abmctl;help;activity;list' {
            break
        }
        'abmctl;help;activity;show' {
            break
        }
        'abmctl;help;completions' {
            break
        }
        'abmctl;help;demo' {
            break
        }
        'abmctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
