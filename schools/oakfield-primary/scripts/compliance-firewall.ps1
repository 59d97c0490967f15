<#
.SYNOPSIS
    Reports whether Windows Firewall is on for the domain, private and public profiles.
.DESCRIPTION
    Intune custom compliance (DEV-03, DEV-08). Prints one line of compressed JSON; the rules in the stack file
    (generated into the compliance policy's rules) compare each value with true. Reads the effective (active
    store) settings, so a local change that Intune has not yet overwritten still shows.
#>
$ErrorActionPreference = 'Stop'

$firewallProfiles = Get-NetFirewallProfile -PolicyStore ActiveStore
$result = [ordered]@{}
foreach ($name in 'Domain', 'Private', 'Public') {
    $firewallProfile = $firewallProfiles | Where-Object { $_.Name -eq $name }
    $result["${name}Firewall"] = [bool]($firewallProfile -and $firewallProfile.Enabled)
}

return $result | ConvertTo-Json -Compress
