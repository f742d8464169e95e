package com.focusflow.support.metatype;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The attributes a PID declares through the Metatype of the installed bundles (those the Web Console shows).
 * A stopped bundle's PID is still declared: its configuration can be changed while it is stopped. Shared by
 * the configuration validator and the settings sync (embedded in each through -conditionalpackage).
 */
public final class MetatypeDeclarations {

    private final BundleContext context;
    private final MetaTypeService metatype;

    public MetatypeDeclarations(BundleContext context, MetaTypeService metatype) {
        this.context = context;
        this.metatype = metatype;
    }

    /** The declared attributes of {@code pid} by id, sorted; empty if no installed bundle declares it. */
    public Optional<Map<String, AttributeDefinition>> of(String pid) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
            if (information != null && Arrays.asList(information.getPids()).contains(pid)) {
                ObjectClassDefinition ocd = information.getObjectClassDefinition(pid, null);
                AttributeDefinition[] ads = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
                Map<String, AttributeDefinition> byId = new TreeMap<>();
                for (AttributeDefinition ad : ads == null ? new AttributeDefinition[0] : ads) {
                    byId.put(ad.getID(), ad);
                }
                return Optional.of(byId);
            }
        }
        return Optional.empty();
    }
}
