<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../ui/display/board.py" line="108" />
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="109" />
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="110" />
        <source>Please watch for your number and go to the counter shown. Priority: elderly, people with disabilities, pregnant women, small children.</source>
        <translation>Please watch for your number and go to the counter shown. Priority: elderly, people with disabilities, pregnant women, small children.</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="143" />
        <location filename="../../ui/display/board.py" line="155" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="145" />
        <source>Citizen with number %1, please go to counter %2</source>
        <translation>Citizen with number %1, please go to counter %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="150" />
        <source>No calls yet today</source>
        <translation>No calls yet today</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="300" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="327" />
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="106" />
        <source>Welcome to the one-stop-shop counter</source>
        <translation>Welcome to the one-stop-shop counter</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="107" />
        <source>Touch the button below to take a queue number</source>
        <translation>Touch the button below to take a queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="108" />
        <location filename="../../ui/selftest.py" line="28" />
        <source>Take a queue number</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="108" />
        <source>Choose your service and get a ticket</source>
        <translation>Choose your service and get a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="109" />
        <source>People waiting now</source>
        <translation>People waiting now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="110" />
        <source>How it works</source>
        <translation>How it works</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="112" />
        <source>1. Choose the field of your dossier</source>
        <translation>1. Choose the field of your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="113" />
        <source>2. Take your printed ticket</source>
        <translation>2. Take your printed ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="114" />
        <source>3. Wait until the board and the voice call your number</source>
        <translation>3. Wait until the board and the voice call your number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="117" />
        <source>Need help? Please ask at the help desk.</source>
        <translation>Need help? Please ask at the help desk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="134" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="213" />
        <source>Do you belong to a priority group?</source>
        <translation>Do you belong to a priority group?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="214" />
        <source>No — take a regular number</source>
        <translation>No — take a regular number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="215" />
        <source>Priority groups (officers may ask for proof):</source>
        <translation>Priority groups (officers may ask for proof):</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="216" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="194" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="194" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Why this order</source>
        <translation>Why this order</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Parked since</source>
        <translation>Parked since</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="216" />
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Waiting (%n)</numerusform><numerusform>Waiting (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="222" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="230" />
        <source>Parked (%n)</source>
        <translation>
            <numerusform>Parked (%n)</numerusform><numerusform>Parked (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="249" />
        <source>No ticket at this counter. Press Call next.</source>
        <translation>No ticket at this counter. Press Call next.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="256" />
        <source>Recalled %1 of %2 times</source>
        <translation>Recalled %1 of %2 times</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="160" />
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="161" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="174" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="174" />
        <source>Not issuing numbers now</source>
        <translation>Not issuing numbers now</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="67" />
        <source>Officer sign-in</source>
        <translation>Officer sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="68" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="69" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="70" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="71" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/screen.py" line="111" />
        <source>Technician — %1</source>
        <translation>Technician — %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="112" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="112" />
        <source>Print jobs</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="112" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="112" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="114" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="115" />
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="116" />
        <source>Voice of the display board</source>
        <translation>Voice of the display board</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="117" />
        <source>Reprint selected job</source>
        <translation>Reprint selected job</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="118" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="119" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="119" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="119" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="120" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="120" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="121" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="121" />
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="121" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="122" />
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="122" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="122" />
        <source>Last number</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="125" />
        <source>Configuration file: %1</source>
        <translation>Configuration file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="126" />
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="127" />
        <source>Idle timeout: %1 s</source>
        <translation>Idle timeout: %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="133" />
        <source>Setting: %1</source>
        <translation>Setting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="140" />
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="141" />
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="151" />
        <source>No print job yet.</source>
        <translation>No print job yet.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="153" />
        <source>Last job FAILED: %1</source>
        <translation>Last job FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="155" />
        <source>Last job: %1</source>
        <translation>Last job: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/technician/screen.py" line="156" />
        <source>%n failed job(s) to reprint</source>
        <translation>
            <numerusform>%n failed job to reprint</numerusform><numerusform>%n failed jobs to reprint</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="175" />
        <source>Test page printed.</source>
        <translation>Test page printed.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Test page FAILED: %1</source>
        <translation>Test page FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="182" />
        <source>Select a job first.</source>
        <translation>Select a job first.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="191" />
        <source>Reprinted.</source>
        <translation>Reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="192" />
        <source>Reprint FAILED: %1</source>
        <translation>Reprint FAILED: %1</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="276" />
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="277" />
        <source>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</source>
        <translation>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="279" />
        <source>Scan to follow the queue on your phone</source>
        <translation>Scan to follow the queue on your phone</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="280" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="288" />
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="291" />
        <source>Issued at %1</source>
        <translation>Issued at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="292" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform><numerusform>%n people ahead of you</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="294" />
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform><numerusform>Estimated wait: about %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="298" />
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="301" />
        <source>Please take your printed ticket below.</source>
        <translation>Please take your printed ticket below.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="92" />
        <source>Transfer ticket</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="95" />
        <source>Transfer to the line of a service</source>
        <translation>Transfer to the line of a service</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="104" />
        <source>…or straight to a counter</source>
        <translation>…or straight to a counter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="115" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>